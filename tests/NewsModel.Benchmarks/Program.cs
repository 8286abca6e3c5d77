using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/NewsModel.Benchmarks -- --filter '*'
// Set NEWSMODEL_BENCH_DIR to a folder of *.txt articles to measure a corpus besides the seed.
BenchmarkSwitcher.FromAssembly(typeof(NewsModel.Benchmarks.Corpus).Assembly).Run(args);
