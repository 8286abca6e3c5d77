using System.Diagnostics.CodeAnalysis;
using System.Text;

using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Export;

/// <summary>
/// A format an article is written in, for code that picks the format at run time, by name:
/// <c>ArticleFormat.TryFind("ninjs", out var format)</c>, then <c>format.Write(article, stream)</c>.
/// Each built-in format writes what its static class writes (<see cref="ModelJson"/>,
/// <see cref="NinjsExport"/>, ...) with that class's defaults.
/// </summary>
/// <remarks>
/// All three entry points give the same UTF-8 bytes: <see cref="Serialize(Article)"/> as a string,
/// <see cref="SerializeToUtf8Bytes(Article)"/> as an array, and <see cref="Write(Article, Stream)"/>
/// to a stream, without a byte-order mark, leaving the stream open.
/// </remarks>
public abstract class ArticleFormat
{
    /// <summary>Creates a format.</summary>
    /// <param name="name">The short name, such as <c>json</c>.</param>
    /// <param name="extension">The file extension with its dot, such as <c>.json</c>.</param>
    /// <param name="mediaType">The media type, such as <c>application/json</c>.</param>
    protected ArticleFormat(string name, string extension, string mediaType)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(extension);
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        this.Name = name;
        this.Extension = extension;
        this.MediaType = mediaType;
    }

    /// <summary>The <c>newsmodel/1</c> JSON model, indented (<see cref="ModelJson"/>).</summary>
    public static ArticleFormat Json { get; } = new BuiltIn(
        "json", ".json", "application/json", a => ModelJson.Serialize(a), a => ModelJson.SerializeToUtf8Bytes(a), (a, s) => ModelJson.Write(a, s));

    /// <summary>The <c>newsmodel/1</c> YAML model (<see cref="ModelYaml"/>).</summary>
    public static ArticleFormat Yaml { get; } = new BuiltIn(
        "yaml", ".yaml", "application/yaml", ModelYaml.Serialize, ModelYaml.SerializeToUtf8Bytes, ModelYaml.Write);

    /// <summary>The JSON model as one line of JSON Lines (<see cref="JsonLinesExport"/>).</summary>
    // JSON Lines has no registered media type; application/jsonl is the one in use.
    public static ArticleFormat JsonLines { get; } = new BuiltIn(
        "jsonl", ".jsonl", "application/jsonl", JsonLinesExport.Serialize, JsonLinesExport.SerializeToUtf8Bytes, JsonLinesExport.Write);

    /// <summary>IPTC ninjs 3.1 (<see cref="NinjsExport"/>).</summary>
    // ninjs has no media type of its own: it is JSON.
    public static ArticleFormat Ninjs { get; } = new BuiltIn(
        "ninjs", ".ninjs.json", "application/json", NinjsExport.Serialize, NinjsExport.SerializeToUtf8Bytes, NinjsExport.Write);

    /// <summary>schema.org JSON-LD (<see cref="JsonLdExport"/>).</summary>
    public static ArticleFormat JsonLd { get; } = new BuiltIn(
        "jsonld", ".jsonld", "application/ld+json", JsonLdExport.Serialize, JsonLdExport.SerializeToUtf8Bytes, JsonLdExport.Write);

    /// <summary>A self-contained HTML page for reading and review (<see cref="HtmlExport"/>).</summary>
    public static ArticleFormat Html { get; } = new BuiltIn(
        "html", ".html", "text/html", HtmlExport.Serialize, HtmlExport.SerializeToUtf8Bytes, HtmlExport.Write);

    /// <summary>BRAT standoff annotation, the <c>.ann</c> file (<see cref="BratExport"/>); the <c>.txt</c> file is the article's text.</summary>
    public static ArticleFormat Brat { get; } = new BuiltIn(
        "brat", ".ann", "text/plain", BratExport.Serialize, BratExport.SerializeToUtf8Bytes, BratExport.Write);

    /// <summary>The built-in formats, in the order above.</summary>
    public static IReadOnlyList<ArticleFormat> All { get; } = [Json, Yaml, JsonLines, Ninjs, JsonLd, Html, Brat];

    /// <summary>The short name, such as <c>json</c> or <c>ninjs</c>.</summary>
    public string Name { get; }

    /// <summary>The file extension with its dot, such as <c>.json</c> or <c>.ninjs.json</c>.</summary>
    public string Extension { get; }

    /// <summary>The media type, such as <c>application/json</c>.</summary>
    public string MediaType { get; }

    /// <summary>Finds a built-in format by its <see cref="Name"/>, ignoring case.</summary>
    /// <param name="name">The name, such as <c>jsonld</c>.</param>
    /// <param name="format">The format, or null when no built-in format has the name.</param>
    /// <returns>Whether a format has the name.</returns>
    public static bool TryFind(string name, [NotNullWhen(true)] out ArticleFormat? format)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = null;
        return false;
    }

    /// <summary>Writes the article as a string.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The text.</returns>
    public virtual string Serialize(Article article) => Encoding.UTF8.GetString(this.SerializeToUtf8Bytes(article));

    /// <summary>Writes the article as UTF-8 bytes, without a byte-order mark.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The bytes.</returns>
    public virtual byte[] SerializeToUtf8Bytes(Article article)
    {
        using var output = new MemoryStream();
        this.Write(article, output);
        return output.ToArray();
    }

    /// <summary>Writes the article as UTF-8 bytes, without a byte-order mark, to a stream, which is left open.</summary>
    /// <param name="article">The article.</param>
    /// <param name="output">Where the bytes go.</param>
    public abstract void Write(Article article, Stream output);

    /// <summary>The name.</summary>
    /// <returns>The name, such as <c>json</c>.</returns>
    public override string ToString() => this.Name;

    // A built-in format hands each entry point to its static class, which has a fast way to each.
    private sealed class BuiltIn(
        string name,
        string extension,
        string mediaType,
        Func<Article, string> serialize,
        Func<Article, byte[]> serializeToUtf8Bytes,
        Action<Article, Stream> write)
        : ArticleFormat(name, extension, mediaType)
    {
        public override string Serialize(Article article) => serialize(article);

        public override byte[] SerializeToUtf8Bytes(Article article) => serializeToUtf8Bytes(article);

        public override void Write(Article article, Stream output) => write(article, output);
    }
}
