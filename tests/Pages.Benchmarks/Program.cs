using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Pages.Benchmarks.SplitBenchmarks).Assembly).Run(args);
