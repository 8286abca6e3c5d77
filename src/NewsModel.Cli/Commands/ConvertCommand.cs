using System.CommandLine;
using System.Text;

using NewsModel.Cli.IO;
using NewsModel.Export;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Cli.Commands;

/// <summary>
/// <c>newsmodel convert</c>: reads model files (JSON or YAML) or BRAT annotations (<c>.ann</c> with
/// the <c>.txt</c> beside it) and writes them in another format.
/// </summary>
internal static class ConvertCommand
{
    private static readonly string[] FolderPatterns = ["*.json", "*.yaml", "*.yml", "*.ann"];

    public static Command Create(CliConsole console, CancellationToken cancellationToken = default)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Model files (.json, .yaml, .yml), BRAT annotations (.ann, read with the .txt beside them), folders of them, or patterns such as 'models/**/*.json'.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format();
        format.Description = CommonOptions.FormatDescription.Replace("timeml (TimeML with TIMEX3 tags; needs --input timeml)", "timeml (only 'extract --input timeml' writes it)", StringComparison.Ordinal);
        var output = CommonOptions.Output();
        var batch = new BatchOptions();
        var command = new Command("convert", "Read newsmodel/1 files or BRAT annotations (.ann + .txt) and write them in another format, one output per input named after it.")
        {
            inputs, format, output,
        };
        batch.AddTo(command);
        command.SetAction(parse =>
        {
            var outputFormat = parse.GetValue(format);
            if (outputFormat == OutputFormat.TimeML)
            {
                return ExtractCommand.Usage(console, "--format timeml writes TimeML inputs back: use 'newsmodel extract --input timeml'");
            }

            var arguments = parse.GetValue(inputs)!;
            var directory = parse.GetValue(output);
            var several = InputSet.CanBeSeveral(arguments);
            if (ExtractCommand.StandardOutputProblem(outputFormat, directory, several, summary: false) is { } problem)
            {
                return ExtractCommand.Usage(console, problem);
            }

            var (items, errors) = InputSet.Expand(arguments, FolderPatterns);
            var settings = batch.Settings(parse, outputFormat, directory) with
            {
                StandardOutputForm = ExtractCommand.StandardOutputFormOf(outputFormat, several),
                CollisionExtensions = outputFormat.Extensions(),
            };
            var runner = new BatchRunner(console, settings);
            return runner.Run(items, errors, (item, _) => Read(item, console), cancellationToken: cancellationToken);
        });
        return command;
    }

    private static ParseResult<Extracted> Read(InputItem item, CliConsole console)
    {
        var model = ReadModel(item, console);
        return model.Success ? ParseResult<Extracted>.ForValue(new Extracted(model.Value)) : ParseResult<Extracted>.ForError(model.Error!);
    }

    private static ParseResult<Article> ReadModel(InputItem item, CliConsole console)
    {
        var options = ModelReadOptions.Default;
        if (item.Path.EndsWith(".ann", StringComparison.OrdinalIgnoreCase))
        {
            return ReadBrat(item, options, console);
        }

        var bytes = InputReader.ReadAll(item, options.MaxBytes, console);
        if (!bytes.Success)
        {
            return ParseResult<Article>.ForError(bytes.Error!);
        }

        var isYaml = item.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || item.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        if (!isYaml)
        {
            return ModelJson.Deserialize(bytes.Value, options);
        }

        var text = Text.ArticleTextDecoder.Decode(bytes.Value);
        return text.Success ? ModelYaml.Deserialize(text.Value, options) : ParseResult<Article>.ForError(text.Error!);
    }

    // A BRAT document is two files: the annotations and, beside them, the text they point into.
    private static ParseResult<Article> ReadBrat(InputItem item, ModelReadOptions options, CliConsole console)
    {
        var textPath = Path.ChangeExtension(item.Path, ".txt");
        if (!File.Exists(textPath))
        {
            return ParseResult<Article>.ForError(new ParseError($"no {Path.GetFileName(textPath)} beside it: a BRAT .ann needs the text it annotates"));
        }

        var annotations = InputReader.ReadAll(item, options.MaxBytes, console);
        var ann = annotations.Success ? Text.ArticleTextDecoder.Decode(annotations.Value) : ParseResult<string>.ForError(annotations.Error!);
        if (!ann.Success)
        {
            return ParseResult<Article>.ForError(ann.Error!);
        }

        var textBytes = InputReader.ReadAll(item with { Path = textPath }, options.MaxBytes, console);
        var text = textBytes.Success ? Text.ArticleTextDecoder.Decode(textBytes.Value) : ParseResult<string>.ForError(textBytes.Error!);
        if (!text.Success)
        {
            return ParseResult<Article>.ForError(new ParseError($"{Path.GetFileName(textPath)}: {text.Error}"));
        }

        return new BratDocument(text.Value, ann.Value).ToArticle(new ArticleId(item.BaseName));
    }
}
