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
}

/// <summary>What an input was read into: the article and, for TimeML input, the document it came from.</summary>
/// <param name="Article">The article.</param>
/// <param name="TimeML">The TimeML document, when the input was one.</param>
internal sealed record Extracted(Article Article, TimeMLDocument? TimeML = null);

internal static class OutputFormats
{
    public static string Extension(this OutputFormat format) => format switch
    {
        OutputFormat.Json => ".json",
        OutputFormat.Yaml => ".yaml",
        OutputFormat.TimeML => ".tml",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static byte[] Write(this OutputFormat format, Extracted extracted) => format switch
    {
        OutputFormat.Json => ModelJson.SerializeToUtf8Bytes(extracted.Article),
        OutputFormat.Yaml => System.Text.Encoding.UTF8.GetBytes(ModelYaml.Serialize(extracted.Article)),
        OutputFormat.TimeML when extracted.TimeML is { } document => System.Text.Encoding.UTF8.GetBytes(TimeMLWriter.Write(document, extracted.Article)),
        OutputFormat.TimeML => throw new InvalidOperationException("--format timeml writes TimeML inputs back: use --input timeml"),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
