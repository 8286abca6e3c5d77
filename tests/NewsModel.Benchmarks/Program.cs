using BenchmarkDotNet.Running;

using NewsModel.Benchmarks;

// BenchmarkDotNet:  dotnet run -c Release --project tests/NewsModel.Benchmarks -- --filter '*' [--dir DIR]
// Quick loop:       dotnet run -c Release --project tests/NewsModel.Benchmarks -- quick [DIR] [--passes N] [--no-linear]
// Linear time:     dotnet run -c Release --project tests/NewsModel.Benchmarks -- linear paragraph|quotes MB
// POS tagger:       dotnet run -c Release --project tests/NewsModel.Benchmarks -- tagger [DIR] [--passes N] [--model FILE]
// For callgrind:    dotnet run -c Release --project tests/NewsModel.Benchmarks -- profile [DIR] [PASSES]
// A folder of *.txt articles comes from --dir or NEWSMODEL_BENCH_DIR; without one, the seed alone.
if (args.Length > 0 && args[0] == "quick")
{
    return Quick.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "linear")
{
    return Quick.Linear(args[1..]);
}

if (args.Length > 0 && args[0] == "tagger")
{
    return TaggerBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "profile")
{
    return Quick.Profile(args[1..]);
}

var rest = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--dir" && i + 1 < args.Length)
    {
        // BenchmarkDotNet runs each benchmark in a child process, which inherits the environment.
        Environment.SetEnvironmentVariable(Corpus.FolderVariable, Path.GetFullPath(args[++i]));
    }
    else
    {
        rest.Add(args[i]);
    }
}

BenchmarkSwitcher.FromAssembly(typeof(Corpus).Assembly).Run([.. rest], BenchConfig.Create());
return 0;
