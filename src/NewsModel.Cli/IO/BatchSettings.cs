namespace NewsModel.Cli.IO;

/// <summary>How a batch runs and where its outputs go.</summary>
/// <param name="Format">The format outputs are written in.</param>
/// <param name="OutputDirectory">The folder outputs are written to; null for standard output.</param>
/// <param name="Threads">How many inputs are read at once (1 = one after the other).</param>
/// <param name="Stats">Whether to print the throughput line at the end.</param>
/// <param name="Verbose">Whether an exception's full text follows its one-line message.</param>
/// <param name="Summary">Whether standard output gets a readable summary instead of <paramref name="Format"/>.</param>
internal sealed record BatchSettings(
    OutputFormat Format,
    string? OutputDirectory,
    int Threads = 1,
    bool Stats = false,
    bool Verbose = false,
    bool Summary = false);

/// <summary>Reads one input into its model; a bad input is an error value.</summary>
/// <param name="item">The input.</param>
/// <param name="cancellationToken">Cancels the read (Ctrl+C).</param>
/// <returns>What the input was read into, or why it could not be.</returns>
internal delegate ParseResult<Extracted> ReadInput(InputItem item, CancellationToken cancellationToken);
