using System.CommandLine;
using System.Globalization;

using NewsModel.Cli.IO;

namespace NewsModel.Cli.Commands;

/// <summary>The options of commands that run over many inputs: <c>--threads</c>, <c>--stats</c>, <c>--verbose</c>.</summary>
internal sealed class BatchOptions
{
    // No default value in the option itself: help would print this machine's processor count.
    public Option<int?> Threads { get; } = new("--threads")
    {
        Description = "How many inputs to read at once (1 = one after the other). Outputs and error lines keep the input order whatever the number. Default: the number of processors.",
        HelpName = "N",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var threads) && threads is >= 1 and <= NewsModel.BatchOptions.MaxDegreeOfParallelismLimit)
            {
                return threads;
            }

            result.AddError($"--threads: '{token}' is not a whole number from 1 to {NewsModel.BatchOptions.MaxDegreeOfParallelismLimit}");
            return null;
        },
    };

    public Option<bool> Stats { get; } = new("--stats")
    {
        Description = "At the end, print on standard error how long the pipeline and the writing took, then 'N documents, X MB, Y s, Z MB/s' (input bytes / 10^6, time from the first input read to the last output written).",
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Follow the one-line message of an unexpected error with the exception's full text.",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(this.Threads);
        command.Options.Add(this.Stats);
        command.Options.Add(this.Verbose);
    }

    /// <summary>The batch settings the command line gives.</summary>
    public BatchSettings Settings(ParseResult parse, OutputFormat format, string? outputDirectory, bool summary = false)
        => new(format, outputDirectory, parse.GetValue(this.Threads) ?? Math.Min(Environment.ProcessorCount, NewsModel.BatchOptions.MaxDegreeOfParallelismLimit), parse.GetValue(this.Stats), parse.GetValue(this.Verbose), summary);
}
