namespace NewsModel.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();

        // The first Ctrl+C stops the batch cleanly (no new inputs, no partial files, exit code 130);
        // a second one ends the process at once, as usual.
        Console.CancelKeyPress += (_, e) =>
        {
            if (!cancellation.IsCancellationRequested)
            {
                e.Cancel = true;
                cancellation.Cancel();
            }
        };
        return NewsModelCommand.Run(args, CliConsole.System, cancellation.Token);
    }
}
