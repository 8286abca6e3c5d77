using System.CommandLine;

using NewsModel.Cli.IO;
using NewsModel.Model;

using NodaTime;
using NodaTime.Text;

namespace NewsModel.Cli.Commands;

/// <summary><c>newsmodel extract</c>: reads plain-text articles and writes their models.</summary>
internal static class ExtractCommand
{
    private static readonly string[] FolderPatterns = ["*.txt"];

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files, folders (their *.txt files, recursively) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format();
        var output = CommonOptions.Output();
        var published = new Option<LocalDate?>("--published")
        {
            Description = "The publication date (YYYY-MM-DD) that relative times are resolved against; wins over front matter.",
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                var parsed = LocalDatePattern.Iso.Parse(token);
                if (parsed.Success)
                {
                    return parsed.Value;
                }

                result.AddError($"--published: '{token}' is not a date of the form YYYY-MM-DD");
                return null;
            },
        };

        var command = new Command("extract", "Read articles and write one model per input, named after it (a.txt -> a.json).")
        {
            inputs, format, output, published,
        };
        command.SetAction(parse =>
        {
            var (items, errors) = InputSet.Expand(parse.GetValue(inputs)!, FolderPatterns);
            var runner = new BatchRunner(console, parse.GetValue(format), parse.GetValue(output));
            var date = parse.GetValue(published);
            return runner.Run(items, errors, item => Read(item, date, console));
        });
        return command;
    }

    private static ParseResult<Article> Read(InputItem item, LocalDate? published, CliConsole console)
    {
        var options = new ReadOptions { Id = new ArticleId(item.BaseName), Published = published };
        // UTF-8 takes at least one byte a character: twice the character limit leaves room for non-Latin text
        // while refusing a huge file before it is read.
        var bytes = InputReader.ReadAll(item, options.MaxTextLength * 2L, console);
        return bytes.Success ? NewsPipeline.Default.Parse(bytes.Value, options) : ParseResult<Article>.ForError(bytes.Error!);
    }
}
