using System.CommandLine;
using System.Text;

using NewsModel.Cli.Commands;

namespace NewsModel.Cli;

/// <summary>The root <c>newsmodel</c> command and its subcommands.</summary>
internal static class NewsModelCommand
{
    public static RootCommand Create(CliConsole console, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand(
            "NewsModel: reads news articles into a typed model of who said what, who is who, and who did what to whom, when and where.\n" +
            "Inputs can be files, folders, patterns such as 'data/*.txt' or 'corpus/**/*.tml' (expanded by newsmodel itself) and - for standard input.\n" +
            ExitCodes.Description);
        root.Subcommands.Add(ExtractCommand.Create(console, cancellationToken));
        root.Subcommands.Add(ConvertCommand.Create(console, cancellationToken));
        return root;
    }

    public static int Run(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var parsed = Create(console, cancellationToken).Parse(args);
        using var output = new StreamWriter(console.StandardOutput, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 4096, leaveOpen: true);
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,

            // Ctrl+C is ours (Program): the batch stops cleanly rather than being cut off.
            ProcessTerminationTimeout = null,
        };
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"newsmodel: {error.Message}");
            }

            console.Error.WriteLine("Try 'newsmodel --help'.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parsed.Invoke(configuration);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Error.WriteLine("newsmodel: cancelled");
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The tool's last line of defence: a bug must not print a stack trace at the user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var verbose = args.Contains("--verbose");
            console.Error.WriteLine(verbose ? $"newsmodel: internal error: {e}" : $"newsmodel: internal error: {e.Message}");
            return ExitCodes.SomeInputsFailed;
        }
        finally
        {
            output.Flush();
        }
    }
}
