using System.CommandLine;

using NewsModel.Cli.Commands;

namespace NewsModel.Cli;

/// <summary>The root <c>newsmodel</c> command and its subcommands.</summary>
internal static class NewsModelCommand
{
    public static RootCommand Create(CliConsole console)
    {
        var root = new RootCommand(
            "NewsModel: reads news articles into a typed model of who said what, who is who, and who did what to whom, when and where.\n" +
            "Exit codes: 0 all inputs done; 1 some inputs failed (the others were still written); 2 bad command line.");
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(ConvertCommand.Create(console));
        return root;
    }

    public static int Run(string[] args, CliConsole console)
    {
        var parsed = Create(console).Parse(args);
        var configuration = new InvocationConfiguration { Error = console.Error, EnableDefaultExceptionHandler = false };
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
#pragma warning disable CA1031 // The tool's last line of defence: a bug must not print a stack trace at the user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            console.Error.WriteLine($"newsmodel: internal error: {e.Message}");
            return ExitCodes.SomeInputsFailed;
        }
    }
}
