using System.Runtime.InteropServices;

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

        // Engines stop a task with SIGTERM (YARN, Spark, Kubernetes, timeout): a clean stop too,
        // so that no temporary file is left behind.
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            if (!cancellation.IsCancellationRequested)
            {
                context.Cancel = true;
                cancellation.Cancel();
            }
        });
        return NewsModelCommand.Run(args, CliConsole.System, cancellation.Token);
    }
}
