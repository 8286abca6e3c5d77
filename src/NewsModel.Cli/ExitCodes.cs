namespace NewsModel.Cli;

/// <summary>The tool's exit codes (documented in docs/cli.md and in <c>newsmodel --help</c>).</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read and its output written.</summary>
    public const int Success = 0;

    /// <summary>At least one input failed (or the output folder cannot be written); the others were still written.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line itself was wrong (unknown option, bad date...).</summary>
    public const int UsageError = 2;

    /// <summary>The run was cancelled (Ctrl+C): 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;

    /// <summary>The exit codes as the help text lists them.</summary>
    public const string Description =
        "Exit codes: 0 all inputs done; 1 some inputs failed (the others were still written) or the output folder cannot be written; " +
        "2 bad command line; 130 cancelled (Ctrl+C).";
}
