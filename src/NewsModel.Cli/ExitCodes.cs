namespace NewsModel.Cli;

/// <summary>The tool's exit codes (documented in README and in <c>newsmodel --help</c>).</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read and its output written.</summary>
    public const int Success = 0;

    /// <summary>At least one input failed; the others were still written.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line itself was wrong (unknown option, bad date...).</summary>
    public const int UsageError = 2;
}
