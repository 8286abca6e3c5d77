namespace NewsModel.Cli;

/// <summary>The streams a command talks to; tests pass their own.</summary>
/// <param name="OpenStandardInput">Opens standard input (read when an input is <c>-</c>).</param>
/// <param name="StandardOutput">Where models go when there is no <c>--output</c>.</param>
/// <param name="Error">Where messages and errors go.</param>
/// <param name="IsOutputTerminal">Whether standard output is a terminal (then <c>extract</c> without <c>--format</c> prints a summary).</param>
/// <param name="IsErrorTerminal">Whether standard error is a terminal (then a batch shows a progress bar).</param>
internal sealed record CliConsole(
    Func<Stream> OpenStandardInput,
    Stream StandardOutput,
    TextWriter Error,
    bool IsOutputTerminal = false,
    bool IsErrorTerminal = false)
{
    public static CliConsole System { get; } = new(
        Console.OpenStandardInput,
        Console.OpenStandardOutput(),
        Console.Error,
        IsOutputTerminal: !Console.IsOutputRedirected,
        IsErrorTerminal: !Console.IsErrorRedirected);
}
