using System.CommandLine;
using System.Diagnostics;

using NewsModel.Cli.IO;
using NewsModel.Cli.WarmUp;
using NewsModel.Model;
using NewsModel.Text;
using NewsModel.TimeML;
using NewsModel.Times;

using NodaTime;
using NodaTime.Text;

namespace NewsModel.Cli.Commands;

/// <summary><c>newsmodel extract</c>: reads plain-text articles and writes their models.</summary>
internal static class ExtractCommand
{
    private static readonly string[] TextPatterns = ["*.txt"];
    private static readonly string[] TimeMLPatterns = ["*.tml"];

    // TempEval documents follow TimeBank's conventions ("former" is no time there).
    private static readonly NewsPipeline TimeMLPipeline = new NewsPipelineBuilder().UseLayout().UseSentences().UseActors().UseTimes(TimeOptions.TimeBank).UseQuotes().Build();

    public static Command Create(CliConsole console, CancellationToken cancellationToken = default)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files, folders (their *.txt files, recursively, or *.tml with --input timeml), patterns such as 'data/*.txt' or 'corpus/**/*.txt', or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format();
        format.Description += " Without --format and --output, a terminal gets a readable summary (who said what, actors, events) and a pipe gets json.";
        var output = CommonOptions.Output();
        var batch = new BatchOptions();
        var published = new Option<LocalDate?>("--published")
        {
            HelpName = "YYYY-MM-DD",
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

        var input = new Option<InputFormat>("--input", "-i")
        {
            Description = "What the inputs are: plain-text articles (a folder means its *.txt files) or TimeML/TempEval documents (*.tml; their DCT is the publication date and their TEXT the article, with its tags stripped).",
            DefaultValueFactory = _ => InputFormat.Text,
        };

        var command = new Command("extract", "Read articles and write one model per input, named after it (a.txt -> a.json, a.tml -> a.tml).")
        {
            inputs, input, format, output, published,
        };
        batch.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(format) == OutputFormat.TimeML && result.GetValue(input) != InputFormat.TimeML)
            {
                result.AddError("--format timeml writes TimeML inputs back with their TIMEX3 tags: add --input timeml");
            }
        });
        command.SetAction(parse =>
        {
            var timeML = parse.GetValue(input) == InputFormat.TimeML;
            var (items, errors) = InputSet.Expand(parse.GetValue(inputs)!, timeML ? TimeMLPatterns : TextPatterns);
            var directory = parse.GetValue(output);

            // A person at a terminal who asked for no format gets a summary; scripts reading a pipe keep json.
            var summary = console.IsOutputTerminal && directory is null && parse.GetResult(format) is null or { Implicit: true };
            var runner = new BatchRunner(console, batch.Settings(parse, parse.GetValue(format), directory, summary));
            var date = parse.GetValue(published);
            var pipeline = timeML ? TimeMLPipeline : NewsPipeline.Default;
            OutputFormat? written = summary ? null : parse.GetValue(format);
            return runner.Run(
                items,
                errors,
                (item, token) => timeML ? ReadTimeML(item, date, console, token) : Read(item, date, console, token),
                () =>
                {
                    // What every input runs through besides the pipeline; before the pipeline's
                    // warm-up, whose collections end it.
                    CompilePerInputCode();
                    PipelineWarmUp.Run(pipeline, written);
                },
                () => PipelineWarmUp.RunOnReader(pipeline, written),
                cancellationToken);
        });
        return command;
    }

    /// <summary>Compiles what every input runs through besides the pipeline (see <see cref="CodeWarmUp"/>).</summary>
    internal static int CompilePerInputCode() =>
        CodeWarmUp.Compile(typeof(ExtractCommand), nameof(Read), nameof(Extract))
        + CodeWarmUp.Compile(typeof(BatchRunner), "Process", "Emit", "EmitOutputs", "TryWrite")
        + CodeWarmUp.Compile(typeof(InputReader), nameof(InputReader.Rent), "LengthOf")
        + CodeWarmUp.Compile(typeof(InputBytes))
        + CodeWarmUp.Compile(typeof(InputItem), "get_" + nameof(InputItem.BaseName), "get_" + nameof(InputItem.IsStandardInput))
        + CodeWarmUp.Compile(typeof(PooledBufferWriter))
        + CodeWarmUp.Compile(typeof(OutputFormats), nameof(OutputFormats.Write))
        + CodeWarmUp.Compile(typeof(AtomicFile), nameof(AtomicFile.Write));

    private static ParseResult<Extracted> ReadTimeML(InputItem item, LocalDate? published, CliConsole console, CancellationToken cancellationToken)
    {
        var bytes = InputReader.ReadAll(item, ReadOptions.DefaultMaxTextLength * 2L, console);
        var xml = bytes.Success ? ArticleTextDecoder.Decode(bytes.Value) : ParseResult<string>.ForError(bytes.Error!);
        var document = xml.Success ? TimeMLDocument.Parse(xml.Value) : ParseResult<TimeMLDocument>.ForError(xml.Error!);
        if (!document.Success)
        {
            return ParseResult<Extracted>.ForError(document.Error!);
        }

        var options = document.Value.ToReadOptions() with { Id = new ArticleId(item.BaseName) };
        options = published is { } date ? options with { Published = date } : options;
        return Extract(() => TimeMLPipeline.Parse(document.Value.Text, options, cancellationToken), document.Value);
    }

    private static ParseResult<Extracted> Read(InputItem item, LocalDate? published, CliConsole console, CancellationToken cancellationToken)
    {
        var options = new ReadOptions { Id = new ArticleId(item.BaseName), Published = published };
        // UTF-8 takes at least one byte a character: twice the character limit leaves room for non-Latin text
        // while refusing a huge file before it is read.
        var bytes = InputReader.Rent(item, options.MaxTextLength * 2L, console);
        if (!bytes.Success)
        {
            return ParseResult<Extracted>.ForError(bytes.Error!);
        }

        // The pipeline decodes the bytes into the article's own text: the array goes back after it.
        using var input = bytes.Value;
        return Extract(() => NewsPipeline.Default.Parse(input.Span, options, cancellationToken), inputBytes: input.Length);
    }

    // Runs the pipeline and keeps its time, which --stats reports apart from reading and writing.
    private static ParseResult<Extracted> Extract(Func<ParseResult<Article>> parse, TimeMLDocument? document = null, long inputBytes = 0)
    {
        var started = Stopwatch.GetTimestamp();
        var article = parse();
        var extraction = Stopwatch.GetElapsedTime(started);
        return article.Success
            ? ParseResult<Extracted>.ForValue(new Extracted(article.Value, document) { Extraction = extraction, InputBytes = inputBytes })
            : ParseResult<Extracted>.ForError(article.Error!);
    }
}
