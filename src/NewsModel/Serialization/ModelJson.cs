using NewsModel.Model;

namespace NewsModel.Serialization;

/// <summary>Writes and reads the <c>newsmodel/1</c> JSON form of an <see cref="Article"/>.</summary>
public static class ModelJson
{
    /// <summary>Writes the article as JSON (UTF-8, no byte-order mark).</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">Indented (the default) or one line (for JSON Lines).</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(Article article, bool indented = true) => throw new NotImplementedException();

    /// <summary>Writes the article as a JSON string.</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">Indented (the default) or one line.</param>
    /// <returns>The JSON.</returns>
    public static string Serialize(Article article, bool indented = true) => throw new NotImplementedException();

    /// <summary>Reads an article from JSON; a malformed or hostile file is an error with line and column.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="options">Limits.</param>
    /// <returns>The article or the error.</returns>
    public static ParseResult<Article> Deserialize(ReadOnlySpan<byte> utf8, ModelReadOptions? options = null) => throw new NotImplementedException();
}
