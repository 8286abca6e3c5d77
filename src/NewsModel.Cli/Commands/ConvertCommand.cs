using System.CommandLine;
using System.Text;

using NewsModel.Cli.IO;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Cli.Commands;

/// <summary><c>newsmodel convert</c>: reads model files (JSON or YAML) and writes them in another format.</summary>
internal static class ConvertCommand
{
    private static readonly string[] FolderPatterns = ["*.json", "*.yaml", "*.yml"];

    public static Command Create(CliConsole console, CancellationToken cancellationToken = default)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Model files (.json, .yaml, .yml), folders of them, or patterns such as 'models/**/*.json'.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format();
        var output = CommonOptions.Output();
        var batch = new BatchOptions();
        var command = new Command("convert", "Read newsmodel/1 files and write them in another format.")
        {
            inputs, format, output,
        };
        batch.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(format) == OutputFormat.TimeML)
            {
                result.AddError("--format timeml writes TimeML inputs back: use 'newsmodel extract --input timeml'");
            }
        });
        command.SetAction(parse =>
        {
            var (items, errors) = InputSet.Expand(parse.GetValue(inputs)!, FolderPatterns);
            var runner = new BatchRunner(console, batch.Settings(parse, parse.GetValue(format), parse.GetValue(output)));
            return runner.Run(items, errors, (item, _) => Read(item, console), cancellationToken);
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
}
