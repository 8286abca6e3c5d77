using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

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
    /// <summary>The input formats by the names the command line takes.</summary>
    public static readonly IReadOnlyList<(string Name, InputFormat Value)> InputFormats =
    [
        ("text", InputFormat.Text),
        ("timeml", InputFormat.TimeML),
        ("jsonl", InputFormat.Jsonl),
    ];

    /// <summary>
    /// Below this much input a --stats figure is about start-up more than about reading, and the
    /// warm-up before it (about half a second) is not worth waiting for.
    /// </summary>
    internal const long WarmUpBytes = 500_000;

    private static readonly string[] TextPatterns = ["*.txt"];
    private static readonly string[] TimeMLPatterns = ["*.tml"];
    private static readonly string[] JsonLinesPatterns = ["*.jsonl"];

    // TempEval documents follow TimeBank's conventions ("former" is no time there).
    // Built on first use: building it loads the lexicons, which a command that reads no TimeML
    // should not wait for before its own pipeline does.
    private static readonly Lazy<NewsPipeline> TimeMLPipelineBuilt = new(() => new NewsPipelineBuilder().UseLayout().UseSentences().UsePartOfSpeech().UseActors().UseTimes(TimeOptions.TimeBank).UseQuotes().Build());

    private static NewsPipeline TimeMLPipeline => TimeMLPipelineBuilt.Value;

    public static Command Create(CliConsole console, CancellationToken cancellationToken = default)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files, folders (their *.txt files, recursively; *.tml with --input timeml, *.jsonl with --input jsonl), patterns such as 'data/*.txt' or 'corpus/**/*.txt', or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format();
        format.Description = CommonOptions.FormatDescription + " Without --format and --output, a terminal gets a readable summary (who said what, actors, events) and a pipe gets json.";
        var output = CommonOptions.Output();
        var batch = new BatchOptions();
        var published = new Option<LocalDate?>("--published")
        {
            HelpName = "YYYY-MM-DD",
            Description = "The publication date that relative times are resolved against; wins over front matter (a JSON Lines article's own \"published\" wins over it).",
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

        var input = Choice.Option("--input", "-i", "an input format", InputFormat.Text, InputFormats);
        input.Description = "What the inputs are: text (plain-text articles), timeml (TimeML/TempEval documents: their DCT is the publication date and their TEXT the article) " +
            "or jsonl (one article a line: {\"id\", \"text\", \"published\"?, \"url\"?}; with --format jsonl and no --output it streams in constant memory). Default: text.";

        var tokens = new Option<bool>("--tokens")
        {
            Description = "Keep each token with its part-of-speech tag in the model ('tokens': [{span, tag}]). Off by default: tokens are most of a model's size.",
        };

        var command = new Command("extract", "Read articles and write one model per input, named after it (a.txt -> a.json, a.tml -> a.tml).")
        {
            inputs, input, format, output, published, tokens,
        };
        batch.AddTo(command);
        command.SetAction(parse =>
        {
            var inputFormat = parse.GetValue(input);
            var outputFormat = parse.GetValue(format);
            if (outputFormat == OutputFormat.TimeML && inputFormat != InputFormat.TimeML)
            {
                return Usage(console, "--format timeml writes TimeML inputs back with their TIMEX3 tags: add --input timeml");
            }

            var arguments = parse.GetValue(inputs)!;
            var directory = parse.GetValue(output);

            // A person at a terminal who asked for no format gets a summary; scripts reading a pipe keep json.
            var summary = console.IsOutputTerminal && directory is null && parse.GetResult(format) is null or { Implicit: true };
            var several = inputFormat == InputFormat.Jsonl || InputSet.CanBeSeveral(arguments);
            if (StandardOutputProblem(outputFormat, directory, several, summary) is { } problem)
            {
                return Usage(console, problem);
            }

            var patterns = inputFormat switch
            {
                InputFormat.TimeML => TimeMLPatterns,
                InputFormat.Jsonl => JsonLinesPatterns,
                _ => TextPatterns,
            };
            var (files, errors) = InputSet.Expand(arguments, patterns);
            var linesPerFile = inputFormat == InputFormat.Jsonl && outputFormat == OutputFormat.Jsonl && directory is not null;
            if (linesPerFile)
            {
                // The output files are known before the lines are read: check them now.
                var (leftOut, collisions) = OutputPlan.Collisions(files, directory!, [".jsonl"], PathKeys.For(directory!));
                errors.AddRange(collisions);
                files.RemoveAll(leftOut.Contains);
            }

            var settings = batch.Settings(parse, outputFormat, directory, summary) with
            {
                StandardOutputForm = StandardOutputFormOf(outputFormat, several),
                LinesPerInputFile = linesPerFile,
                CollisionExtensions = inputFormat == InputFormat.Jsonl ? [] : outputFormat.Extensions(),
                InputFiles = inputFormat == InputFormat.Jsonl ? files : [],
            };
            var runner = new BatchRunner(console, settings);
            var options = new ReadOptions { Published = parse.GetValue(published), KeepTokens = parse.GetValue(tokens) };
            var pipeline = inputFormat == InputFormat.TimeML ? TimeMLPipeline : NewsPipeline.Default;
            OutputFormat? written = summary ? null : outputFormat;
            IEnumerable<InputItem> items = inputFormat == InputFormat.Jsonl
                ? JsonLinesInput.Lines(files, console.OpenStandardInput, MaxLineBytes, cancellationToken)
                : files;
            ReadInput read = inputFormat switch
            {
                InputFormat.TimeML => (item, token) => ReadTimeML(item, options, console, token),
                InputFormat.Jsonl => (item, token) => ReadLine(item, options, token),
                _ => (item, token) => Read(item, options, console, token),
            };

            // The warm-up is for --stats: its figure is then the batch's own throughput, as a
            // long-running service would see it, without loading and compiling. It does not pay
            // for itself in the command's time: the code compiles as fast within the batch
            // (measured on 10 to 3,360 news articles, one or two threads: the whole command took
            // 0.1-0.4 s longer with it), so only a large batch whose figure is asked for warms up.
            var large = parse.GetValue(batch.Stats) && IsLarge(files, inputFormat);
            return runner.Run(
                items,
                errors,
                read,
                large
                    ? () =>
                    {
                        // What every input runs through besides the pipeline; before the pipeline's
                        // warm-up, whose collections end it.
                        CompilePerInputCode();
                        PipelineWarmUp.Run(pipeline, written);
                    }
            : null,
                large ? () => PipelineWarmUp.RunOnReader(pipeline, written) : null,
                cancellationToken);
        });
        return command;
    }

    /// <summary>Why standard output cannot take the run's documents in this format, or null.</summary>
    internal static string? StandardOutputProblem(OutputFormat format, string? directory, bool several, bool summary)
        => directory is null && several && !summary && !format.CanStream()
            ? $"--format {Choice.NameOf(CommonOptions.Formats, format)} writes one document per file, and these inputs can be several: add --output DIR (or use json, yaml or jsonl)"
            : null;

    /// <summary>How standard output holds the documents.</summary>
    internal static StandardOutputForm StandardOutputFormOf(OutputFormat format, bool several) => format switch
    {
        OutputFormat.Jsonl => StandardOutputForm.Lines,
        _ when !several => StandardOutputForm.One,
        OutputFormat.Yaml => StandardOutputForm.YamlStream,
        _ => StandardOutputForm.JsonArray,
    };

    /// <summary>A usage error found once the command line was parsed: one line, exit code 2.</summary>
    internal static int Usage(CliConsole console, string message)
    {
        console.Error.WriteLine($"newsmodel: {message}");
        return ExitCodes.UsageError;
    }

    // Standard input's size is not known before it is read: a stream of JSON lines is taken to be
    // long, a single article short.
    private static bool IsLarge(IReadOnlyList<InputItem> files, InputFormat format)
    {
        long total = 0;
        foreach (var file in files)
        {
            if (file.IsStandardInput)
            {
                total += format == InputFormat.Jsonl ? WarmUpBytes : 0;
                continue;
            }

            try
            {
                total += new FileInfo(file.Path).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }

            if (total >= WarmUpBytes)
            {
                return true;
            }
        }

        return total >= WarmUpBytes;
    }

    // A line holds an article's text as JSON: escapes make it longer than the text.
    private const long MaxLineBytes = ReadOptions.DefaultMaxTextLength * 2L;

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

    // The command line's options (publication date, tokens) are the base of each input's own.
    private static ParseResult<Extracted> ReadTimeML(InputItem item, ReadOptions common, CliConsole console, CancellationToken cancellationToken)
    {
        var bytes = InputReader.ReadAll(item, ReadOptions.DefaultMaxTextLength * 2L, console);
        var xml = bytes.Success ? ArticleTextDecoder.Decode(bytes.Value) : ParseResult<string>.ForError(bytes.Error!);
        var document = xml.Success ? TimeMLDocument.Parse(xml.Value) : ParseResult<TimeMLDocument>.ForError(xml.Error!);
        if (!document.Success)
        {
            return ParseResult<Extracted>.ForError(document.Error!);
        }

        var options = document.Value.ToReadOptions() with { Id = new ArticleId(item.BaseName), KeepTokens = common.KeepTokens };
        options = common.Published is { } date ? options with { Published = date } : options;
        return Extract(() => TimeMLPipeline.Parse(document.Value.Text, options, cancellationToken), document.Value);
    }

    private static ParseResult<Extracted> Read(InputItem item, ReadOptions common, CliConsole console, CancellationToken cancellationToken)
    {
        var options = common with { Id = new ArticleId(item.BaseName) };
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

    private static ParseResult<Extracted> ReadLine(InputItem item, ReadOptions common, CancellationToken cancellationToken)
    {
        if (item.Problem is { } problem)
        {
            return ParseResult<Extracted>.ForError(new ParseError(problem));
        }

        var line = JsonLinesInput.Parse(item.Content.Span);
        if (!line.TryGetValue(out var fields))
        {
            return ParseResult<Extracted>.ForError(line.Error!);
        }

        var id = string.IsNullOrEmpty(fields.Id) ? string.Create(CultureInfo.InvariantCulture, $"{item.BaseName}-{item.Line}") : fields.Id;
        var options = common with { Id = new ArticleId(id), Published = fields.Published ?? common.Published, Url = fields.Url };
        var read = Extract(() => NewsPipeline.Default.Parse(fields.Text, options, cancellationToken), inputBytes: item.Content.Length);
        return read.Success ? ParseResult<Extracted>.ForValue(read.Value with { OutputName = id }) : read;
    }

    // Runs the pipeline and keeps its time, which --stats reports apart from reading and writing.
    private static ParseResult<Extracted> Extract(Func<ParseResult<Article>> parse, TimeMLDocument? document = null, long inputBytes = 0)
    {
        var started = Stopwatch.GetTimestamp();
        var article = parse();
        var extraction = Stopwatch.GetElapsedTime(started);
        return article.Success
            ? ParseResult<Extracted>.ForValue(new Extracted(article.Value, document) { Extraction = extraction, InputBytes = inputBytes, Warnings = WarningsOf(article.Value.Text) })
            : ParseResult<Extracted>.ForError(article.Error!);
    }

    /// <summary>What a user should know of an input that was read all the same.</summary>
    internal static IReadOnlyList<string> WarningsOf(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [text.Length == 0 ? "the input is empty" : "the input holds only blank space"];
        }

        return LanguageCheck.LooksLikeEnglish(text)
            ? []
            : ["the text does not look like English; NewsModel reads English only, so few actors and no quotes or times may be found"];
    }
}
