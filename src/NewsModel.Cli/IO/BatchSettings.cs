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
    bool Summary = false)
{
    /// <summary>How standard output holds the documents, when there is no output folder.</summary>
    public StandardOutputForm StandardOutputForm { get; init; } = StandardOutputForm.One;

    /// <summary>Whether each input file gets one output file of lines (JSON Lines in, JSON Lines out, with an output folder).</summary>
    public bool LinesPerInputFile { get; init; }

    /// <summary>
    /// The extensions of the files each input writes under the output folder, checked for
    /// collisions before anything is written; empty where the names are known only once read.
    /// </summary>
    public IReadOnlyList<string> CollisionExtensions { get; init; } = [];

    /// <summary>The files a lazy sequence of inputs is read from (JSON Lines inputs), which no output may overwrite.</summary>
    public IReadOnlyList<InputItem> InputFiles { get; init; } = [];
}

/// <summary>Reads one input into its model; a bad input is an error value.</summary>
/// <param name="item">The input.</param>
/// <param name="cancellationToken">Cancels the read (Ctrl+C).</param>
/// <returns>What the input was read into, or why it could not be.</returns>
internal delegate ParseResult<Extracted> ReadInput(InputItem item, CancellationToken cancellationToken);
