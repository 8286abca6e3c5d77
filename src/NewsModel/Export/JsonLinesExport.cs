using System.Buffers;
using System.Text;

using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Export;

/// <summary>
/// Writes models as JSON Lines (<c>.jsonl</c>): each article is one <c>newsmodel/1</c> JSON object on
/// one line, ended by <c>"\n"</c>, so that Spark, DuckDB (<c>read_json</c>) and <c>jq</c> read a
/// stream of models without a parser for the whole file.
/// </summary>
/// <remarks>
/// The object is exactly the one <see cref="ModelJson"/> writes, without indentation. JSON escapes
/// every line break inside strings, so the only raw <c>"\n"</c> is the one that ends the line.
/// </remarks>
public static class JsonLinesExport
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>The article as one JSON line, with its closing <c>"\n"</c>.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The line.</returns>
    public static string Serialize(Article article) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(article));

    /// <summary>The article as one JSON line, with its closing <c>"\n"</c> (UTF-8, no byte-order mark).</summary>
    /// <param name="article">The article.</param>
    /// <returns>The UTF-8 bytes of the line.</returns>
    public static byte[] SerializeToUtf8Bytes(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var buffer = new ArrayBufferWriter<byte>();
        ModelJson.Serialize(article, buffer, indented: false);
        buffer.Write(NewLine);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the article as one JSON line, with its closing <c>"\n"</c>, to a stream, which is left open.</summary>
    /// <param name="article">The article.</param>
    /// <param name="output">Where the line goes.</param>
    public static void Write(Article article, Stream output)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        ModelJson.Write(article, output, indented: false);
        output.Write(NewLine);
    }

    /// <summary>Writes one line per article to a stream, which is left open.</summary>
    /// <param name="articles">The articles, written in order as they are enumerated.</param>
    /// <param name="output">Where the lines go.</param>
    public static void Write(IEnumerable<Article> articles, Stream output)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var article in articles)
        {
            Write(article, output);
        }
    }
}
