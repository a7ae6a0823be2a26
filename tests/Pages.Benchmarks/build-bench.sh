#!/usr/bin/env bash
# Whole-build benchmark: generates archives of the given sizes and builds each cold, reporting wall
# time, pages/s, articles/s, peak memory, output size and search index size.
# Usage: tests/Pages.Benchmarks/build-bench.sh [pages...]     (default: 500)
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release src/Pages.Cli >/dev/null
pages_dll=src/Pages.Cli/bin/Release/net10.0/pages.dll
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| pages | articles | wall s | pages/s | articles/s | peak MB | output MB | search MB |"
echo "|---|---|---|---|---|---|---|---|"
for n in "${@:-500}"; do
  dotnet "$pages_dll" generate "$work/in-$n" --pages "$n" --seed 1 >/dev/null
  /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$pages_dll" build "$work/in-$n" -o "$work/out-$n" -q
  read -r wall kb < "$work/time"
  articles=$(python3 -c "import json;print(sum(len(p['articles']) for p in json.load(open('$work/out-$n/articles.json'))))")
  out=$(du -sm "$work/out-$n" | cut -f1)
  search=$(du -sm "$work/out-$n/search" | cut -f1)
  python3 -c "print(f'| $n | $articles | $wall | {$n/$wall:.0f} | {$articles/$wall:.0f} | {$kb/1024:.0f} | $out | $search |')"
  rm -rf "$work/out-$n" "$work/in-$n"
done
