#!/usr/bin/env bash
# Whole-build benchmark: for each size, generates an archive, builds it cold (no cache), then
# rebuilds it with the build cache after changing nothing, after changing one page and after
# adding eight pages, reporting wall time, pages/s, articles/s, peak memory, output size and
# search index size (cold), and the rebuilds' wall times.
# Usage: tests/Pages.Benchmarks/build-bench.sh [pages...]     (default: 500)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The tool as README says to install it for daily use: published with its code and .NET's compiled
# ahead of time into one image (ReadyToRun, composite, self-contained), which spares a rebuild most
# of its just-in-time compiling. Run as its own executable: through `dotnet pages.dll` the shared
# runtime would be used and the composite image's code refused.
case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
dotnet publish -c Release -r "$rid" --self-contained -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$work/tool" src/Pages.Cli >/dev/null
pages=$work/tool/pages

# Each timed build starts once everything written before is on disk (`sync`): a cold build leaves
# a gigabyte for the kernel to write out over the next half minute, which the rebuild timed right
# after it would otherwise share the disk with; an archivist's rebuild comes minutes after the
# last build, not seconds. The one-page edit changes the first 示范区 of the first page, which in
# a generated page is in its running head (the masthead), not in an article: the page's section
# is then not recognised, so its label changes on every list that shows its articles. The
# article edit after it is an archivist's usual one: a character of an article's text (the first
# 的 after the running head of the second page) corrected. Last, the other usual correction: an
# article the splitter left whole split in two by a `split_at` in the page's .fix.yml, first on the
# newest page (in the newest search segment), then on the oldest (every later article's number
# in the search index moves by one).
# Writes PAGE.fix.yml splitting PAGE's first article of two paragraphs or more at its second
# paragraph, and checks that the page has one article more with it.
count() { "$pages" split "$1" --json 2>/dev/null | python3 -c "import json, sys; print(len(json.load(sys.stdin)[0]['articles']))"; }
split_fix() {
  local before; before=$(count "$1")
  "$pages" split "$1" --json | python3 -c "
import json, sys
page = json.load(sys.stdin)[0]
a = next(a for a in page['articles'] if a['title'] and a['text'].count(chr(10)) >= 1)
second = a['text'].split(chr(10))[1]
open(sys.argv[1][:-4] + '.fix.yml', 'w', encoding='utf-8').write(
    '- article: ' + json.dumps(a['title'], ensure_ascii=False) + chr(10) + '  split_at: ' + json.dumps(second[:12], ensure_ascii=False) + chr(10))
" "$1"
  [ "$(count "$1")" -eq $((before + 1)) ] || { echo "the split correction of $1 did not apply" >&2; exit 1; }
}
timed() { sync; /usr/bin/time -f "%e %M" -o "$work/time" "$pages" build "$1" -o "$2" -q; read -r wall kb < "$work/time"; }

echo "| pages | articles | cold s | pages/s | articles/s | peak MB | output MB | files | search MB | search files | no change s | 1 page changed s | 1 article edited s | 8 pages added s | split on the newest page s | split on the oldest page s |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for n in "${@:-500}"; do
  in="$work/in-$n" out="$work/out-$n" aside="$work/aside-$n"
  "$pages" generate "$in" --pages $((n + 8)) --seed 1 >/dev/null
  # The last eight pages (in path order, so the latest dates) are kept aside to be added later.
  mkdir -p "$aside"
  find "$in/pages" -name '*.txt' | sort | tail -8 | while read -r page; do
    mv "$page" "${page%.txt}.yml" "$aside/"
  done
  rm -rf "$out" "$out.cache"
  timed "$in" "$out"; cold=$wall; cold_kb=$kb
  articles=$(python3 -c "import json;print(sum(len(p['articles']) for p in (p for f in __import__('glob').glob('$out/data/*.json') for p in json.load(open(f)))))")
  size=$(du -sm "$out" | cut -f1); files=$(find "$out" -type f | wc -l)
  search=$(du -sm "$out/search" | cut -f1); search_files=$(find "$out/search" -type f | wc -l)
  timed "$in" "$out"; same=$wall
  page=$(find "$in/pages" -name '*.txt' | sort | sed -n 1p)
  sed -i '0,/示范区/s//示范区域/' "$page"
  timed "$in" "$out"; one=$wall
  python3 -c "import sys; p = sys.argv[1]; t = open(p, encoding='utf-8').read(); h = t.index('\n', t.index('\n') + 1); i = t.index('的', h); open(p, 'w', encoding='utf-8').write(t[:i] + '之' + t[i + 1:])" \
    "$(find "$in/pages" -name '*.txt' | sort | sed -n 2p)"
  timed "$in" "$out"; article=$wall
  mv "$aside"/* "$(dirname "$(find "$in/pages" -name '*.txt' | sort | tail -1)")/"
  timed "$in" "$out"; eight=$wall
  split_fix "$(find "$in/pages" -name '*.txt' | sort | tail -1)"
  timed "$in" "$out"; newest=$wall
  split_fix "$(find "$in/pages" -name '*.txt' | sort | sed -n 1p)"
  timed "$in" "$out"; oldest=$wall
  python3 -c "print(f'| $n | $articles | $cold | {$n/$cold:.0f} | {$articles/$cold:.0f} | {$cold_kb/1024:.0f} | $size | $files | $search | $search_files | $same | $one | $article | $eight | $newest | $oldest |')"
done
# Folders are removed only at the end (the trap): on this machine's ext4 (no journal), creating files
# right after deleting many is several times slower for minutes, which would charge one size's
# clean-up to the next size's cold build.
