using BenchmarkDotNet.Running;

if (args is ["search-bytes", ..])
    Pages.Benchmarks.SearchBytes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
else if (args is ["index-profile", var indexed])
    Pages.Benchmarks.IndexProfile.Run(indexed);
else if (args is ["check-profile", var built])
    Pages.Benchmarks.CheckProfile.Run(built);
else if (args is ["split-profile", var pages])
    Pages.Benchmarks.SplitProfile.Run(pages);
else if (args is ["rebuild-profile", var input, var output])
    Pages.Benchmarks.RebuildProfile.Run(input, output);
else if (args is ["read-profile", var readInput, var readOutput])
    Pages.Benchmarks.ReadProfile.Run(readInput, readOutput);
else if (args is ["manifest-profile", var manifestOutput])
    Pages.Benchmarks.ManifestProfile.Run(manifestOutput);
else if (args is ["entry-profile", var entryOutput])
    Pages.Benchmarks.EntryProfile.Run(entryOutput);
else if (args is ["render-profile", var folder])
    Pages.Benchmarks.RenderProfile.Run(folder);
else
    BenchmarkSwitcher.FromAssembly(typeof(Pages.Benchmarks.SplitBenchmarks).Assembly).Run(args);
