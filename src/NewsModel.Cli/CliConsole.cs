namespace NewsModel.Cli;

/// <summary>The streams a command talks to; tests pass their own.</summary>
/// <param name="OpenStandardInput">Opens standard input (read when an input is <c>-</c>).</param>
/// <param name="StandardOutput">Where models go when there is no <c>--output</c>.</param>
/// <param name="Error">Where messages and errors go.</param>
internal sealed record CliConsole(Func<Stream> OpenStandardInput, Stream StandardOutput, TextWriter Error)
{
    public static CliConsole System { get; } = new(Console.OpenStandardInput, Console.OpenStandardOutput(), Console.Error);
}
