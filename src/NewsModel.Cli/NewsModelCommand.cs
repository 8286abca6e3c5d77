using System.CommandLine;
using System.CommandLine.Parsing;
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

    /// <summary>
    /// The tokens that look like options but are none of the command's: the parser reads them as
    /// inputs (a file named "--formatt"). A file whose name starts with '-' is given after "--" or
    /// as "./-name".
    /// </summary>
    internal static IEnumerable<string> UnknownOptions(ParseResult parsed)
    {
        var literal = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        var afterDoubleDash = false;
        foreach (var token in parsed.Tokens)
        {
            if (afterDoubleDash)
            {
                literal.Add(token);
            }

            afterDoubleDash |= token.Type == TokenType.DoubleDash;
        }

        var command = parsed.CommandResult.Command;
        var suspects = command.Arguments
            .Select(parsed.GetResult)
            .OfType<ArgumentResult>()
            .SelectMany(result => result.Tokens)
            .Where(token => !literal.Contains(token))
            .Select(token => token.Value)
            .Concat(parsed.UnmatchedTokens);
        foreach (var value in suspects.Where(v => v.Length > 1 && v[0] == '-').Distinct(StringComparer.Ordinal))
        {
            var name = value.Split('=', 2)[0];
            var known = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
            var near = known.Where(k => k.StartsWith("--", StringComparison.Ordinal))
                .Select(k => (Name: k, Distance: EditDistance(name, k)))
                .Where(k => k.Distance <= Math.Max(1, k.Name.Length / 4))
                .OrderBy(k => k.Distance)
                .Select(k => k.Name)
                .FirstOrDefault();
            var (what, help) = command is RootCommand ? ("newsmodel", "newsmodel --help") : ($"'{command.Name}'", $"newsmodel {command.Name} --help");
            yield return near is null
                ? $"unknown option '{name}' for {what} (see '{help}'; a file whose name starts with '-' goes after '--' or as './{value}')"
                : $"unknown option '{name}' for {what} (did you mean {near}?)";
        }
    }

    // The parser's messages can list the valid values on lines of their own.
    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Parses a command line as the tool does.</summary>
    // An argument that starts with '@' is a file name like any other, not a response file to expand.
    internal static ParseResult Parse(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
        => Create(console, cancellationToken).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

    public static int Run(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var parsed = Parse(args, console, cancellationToken);
        using var output = new StreamWriter(console.StandardOutput, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 4096, leaveOpen: true);
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,

            // Ctrl+C is ours (Program): the batch stops cleanly rather than being cut off.
            ProcessTerminationTimeout = null,
        };
        // An unknown option is the first thing to say: the parser takes it, and the value after
        // it, for inputs, and its own errors then follow from that.
        var errors = UnknownOptions(parsed).Concat(parsed.Errors.Select(e => OneLine(e.Message))).Distinct().ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                console.Error.WriteLine($"newsmodel: {error}");
            }

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
            console.Error.WriteLine(verbose ? $"newsmodel: internal error: {e}" : $"newsmodel: internal error: {OneLine(e.Message)}");
            return ExitCodes.SomeInputsFailed;
        }
        finally
        {
            output.Flush();
        }
    }
}
