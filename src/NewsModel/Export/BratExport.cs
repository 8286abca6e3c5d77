using System.Text;

using NewsModel.Model;

namespace NewsModel.Export;

/// <summary>
/// Writes an article's quotes and actors as BRAT standoff annotation: the <c>.ann</c> file. Its
/// <c>.txt</c> file is the article's <see cref="Article.Text"/>, exactly; the annotations are
/// described, and read back, at <see cref="BratDocument"/>.
/// </summary>
public static class BratExport
{
    /// <summary>Writes the <c>.ann</c> file.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The annotations, one per line, each ended by <c>"\n"</c>.</returns>
    public static string Serialize(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return BratWriter.Write(article);
    }

    /// <summary>Writes the <c>.ann</c> file as UTF-8 bytes (no byte-order mark).</summary>
    /// <param name="article">The article.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(Article article) => Encoding.UTF8.GetBytes(Serialize(article));

    /// <summary>Writes the <c>.ann</c> file (UTF-8, no byte-order mark) to a stream, which is left open.</summary>
    /// <param name="article">The article.</param>
    /// <param name="output">Where the bytes go.</param>
    public static void Write(Article article, Stream output)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(SerializeToUtf8Bytes(article));
    }
}
