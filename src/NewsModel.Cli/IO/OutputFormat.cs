using System.Buffers;

using NewsModel.Export;
using NewsModel.Model;
using NewsModel.Serialization;
using NewsModel.TimeML;

namespace NewsModel.Cli.IO;

/// <summary>The formats a model can be written in.</summary>
internal enum OutputFormat
{
    /// <summary>Indented JSON, <c>.json</c>.</summary>
    Json,

    /// <summary>YAML, <c>.yaml</c>.</summary>
    Yaml,

    /// <summary>The input TimeML document with TIMEX3 tags added, <c>.tml</c> (needs <c>--input timeml</c>).</summary>
    TimeML,

    /// <summary>JSON Lines, <c>.jsonl</c>: one compact newsmodel/1 JSON model per line.</summary>
    Jsonl,

    /// <summary>IPTC ninjs 3.1, <c>.ninjs.json</c>.</summary>
    Ninjs,

    /// <summary>schema.org JSON-LD, <c>.jsonld</c>.</summary>
    JsonLd,

    /// <summary>A self-contained HTML page, <c>.html</c>.</summary>
    Html,

    /// <summary>BRAT standoff: <c>.ann</c> and <c>.txt</c> (without <c>--output</c>, only the <c>.ann</c> is printed).</summary>
    Brat,
}

/// <summary>What an input was read into: the article and, for TimeML input, the document it came from.</summary>
/// <param name="Article">The article.</param>
/// <param name="TimeML">The TimeML document, when the input was one.</param>
internal sealed record Extracted(Article Article, TimeMLDocument? TimeML = null)
{
    /// <summary>The time the pipeline took to turn the input's text into the article (zero when no pipeline ran, as in <c>convert</c>).</summary>
    public TimeSpan Extraction { get; init; }

    /// <summary>The input's size in bytes as read, or 0 where the reader did not count it.</summary>
    public long InputBytes { get; init; }

    /// <summary>What the user should know of the input although it was read (it is empty, it is not English).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The name the outputs take instead of the input's (the article's id, for a line of a JSON Lines input).</summary>
    public string? OutputName { get; init; }
}

/// <summary>One file written for an input: its extension (with the dot) and its bytes.</summary>
/// <param name="Extension">The extension, such as <c>.json</c>.</param>
/// <param name="Bytes">The content (it may sit in a rented buffer: see <see cref="OutputFormats.Write(OutputFormat, Extracted, PooledBufferWriter?)"/>).</param>
internal sealed record OutputFile(string Extension, ReadOnlyMemory<byte> Bytes);

internal static class OutputFormats
{
    /// <summary>The extensions of every file the format writes for an input, the main one first.</summary>
    public static IReadOnlyList<string> Extensions(this OutputFormat format)
        => format == OutputFormat.Brat ? [".ann", ".txt"] : [format.Extension()];

    /// <summary>Whether the format writes JSON documents, which several inputs on standard output put in one array.</summary>
    public static bool IsJson(this OutputFormat format) => format is OutputFormat.Json or OutputFormat.Ninjs or OutputFormat.JsonLd;

    /// <summary>Whether standard output can hold several documents of the format as one document.</summary>
    public static bool CanStream(this OutputFormat format) => format.IsJson() || format is OutputFormat.Yaml or OutputFormat.Jsonl;

    /// <summary>The extension of the format's main file (the one printed without <c>--output</c>).</summary>
    public static string Extension(this OutputFormat format) => format == OutputFormat.TimeML ? ".tml" : format.Library().Extension;

    /// <summary>The library's writer of the format; TimeML, which writes its input document back, has none.</summary>
    private static ArticleFormat Library(this OutputFormat format) => format switch
    {
        OutputFormat.Json => ArticleFormat.Json,
        OutputFormat.Yaml => ArticleFormat.Yaml,
        OutputFormat.Jsonl => ArticleFormat.JsonLines,
        OutputFormat.Ninjs => ArticleFormat.Ninjs,
        OutputFormat.JsonLd => ArticleFormat.JsonLd,
        OutputFormat.Html => ArticleFormat.Html,
        OutputFormat.Brat => ArticleFormat.Brat,
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>
    /// The size to rent for an article's JSON model: about ten times its text (38.5 MB of JSON for
    /// 3.86 MB of news articles), so that most models fit the first buffer.
    /// </summary>
    public static int JsonSizeHint(Article article) => (int)Math.Min(int.MaxValue, article.Text.Length * 10L);

    /// <summary>The files for one input; the first is the main one.</summary>
    /// <param name="format">The format.</param>
    /// <param name="extracted">What the input was read into.</param>
    /// <param name="buffer">
    /// An empty buffer the JSON or JSON Lines model is written into rather than a new array; the
    /// files then hold its memory, so it must not be disposed before they are written. Other
    /// formats ignore it.
    /// </param>
    public static IReadOnlyList<OutputFile> Write(this OutputFormat format, Extracted extracted, PooledBufferWriter? buffer = null)
    {
        if (format is OutputFormat.Json or OutputFormat.Jsonl && buffer is not null)
        {
            // What ModelJson and JsonLinesExport write, without an array of its own per model.
            ModelJson.Serialize(extracted.Article, buffer, indented: format == OutputFormat.Json);
            "\n"u8.CopyTo(buffer.GetSpan(1));
            buffer.Advance(1);
            return [new OutputFile(format.Extension(), buffer.WrittenMemory)];
        }

        if (format == OutputFormat.Brat)
        {
            return WriteBrat(extracted.Article);
        }

        // A text file ends with a line end, as tools that read files line by line expect.
        var bytes = format.WriteOne(extracted);
        return [new OutputFile(format.Extension(), format.IsJson() && bytes.Length > 0 && bytes[^1] != (byte)'\n' ? [.. bytes, (byte)'\n'] : bytes)];
    }

    // BRAT's annotations point into the text beside them, which is the article's own.
    private static OutputFile[] WriteBrat(Article article)
        => [new OutputFile(".ann", BratExport.SerializeToUtf8Bytes(article)), new OutputFile(".txt", System.Text.Encoding.UTF8.GetBytes(article.Text))];

    private static byte[] WriteOne(this OutputFormat format, Extracted extracted) => format switch
    {
        OutputFormat.TimeML when extracted.TimeML is { } document => System.Text.Encoding.UTF8.GetBytes(TimeMLWriter.Write(document, extracted.Article)),
        OutputFormat.TimeML => throw new InvalidOperationException("--format timeml writes TimeML inputs back: use --input timeml"),
        _ => format.Library().SerializeToUtf8Bytes(extracted.Article),
    };
}
