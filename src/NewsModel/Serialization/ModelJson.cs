using System.Buffers;
using System.Text;
using System.Text.Json;

using NewsModel.Model;

namespace NewsModel.Serialization;

/// <summary>Writes and reads the <c>newsmodel/1</c> JSON form of an <see cref="Article"/>.</summary>
/// <remarks>
/// The JSON carries exactly the same tree as <see cref="ModelYaml"/>: camelCase keys in a fixed
/// order, enums as kebab-case strings, dates as ISO <c>yyyy-MM-dd</c>, spans as
/// <c>{start, length}</c> in UTF-16 code units. Null optional values are left out; lists are always
/// written. Output is UTF-8 without a byte-order mark, with "\n" line ends, and non-ASCII text is
/// written as is rather than escaped.
/// </remarks>
public static class ModelJson
{
    /// <summary>Writes the article as a JSON string.</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">Indented (the default) or one line.</param>
    /// <returns>The JSON.</returns>
    public static string Serialize(Article article, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(article);
        var buffer = new ArrayBufferWriter<byte>(EstimateSize(article));
        Serialize(article, buffer, indented);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the article as JSON (UTF-8, no byte-order mark).</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">Indented (the default) or one line (for JSON Lines).</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(Article article, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(article);
        var buffer = new ArrayBufferWriter<byte>(EstimateSize(article));
        Serialize(article, buffer, indented);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the article as JSON (UTF-8, no byte-order mark) to a stream, which is left open.</summary>
    /// <param name="article">The article.</param>
    /// <param name="output">Where the bytes go.</param>
    /// <param name="indented">Indented (the default) or one line (for JSON Lines).</param>
    public static void Write(Article article, Stream output, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, JsonModelWriter.Options(indented));
        ModelWriter.Write(new JsonModelWriter(writer), article);
    }

    /// <summary>
    /// Writes the article as JSON (UTF-8) to a buffer: the way to write many models without an
    /// array or a stream per model.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <param name="output">Where the bytes go.</param>
    /// <param name="indented">Indented (the default) or one line (for JSON Lines).</param>
    public static void Serialize(Article article, IBufferWriter<byte> output, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, JsonModelWriter.Options(indented));
        ModelWriter.Write(new JsonModelWriter(writer), article);
    }

    /// <summary>Reads an article from JSON; a malformed or hostile file is an error with line and column.</summary>
    /// <param name="utf8">The file's bytes (a leading UTF-8 byte-order mark is allowed).</param>
    /// <param name="options">Limits; see <see cref="ModelReadOptions"/>.</param>
    /// <returns>The article or the error.</returns>
    public static ParseResult<Article> Deserialize(ReadOnlySpan<byte> utf8, ModelReadOptions? options = null)
    {
        options ??= ModelReadOptions.Default;
        if (ModelInput.CheckBytes(ref utf8, options) is { } error)
        {
            return ParseResult<Article>.ForError(error);
        }

        try
        {
            var reader = new ModelReader<JsonTokenSource>(new JsonTokenSource(utf8, options.MaxDepth));
            return ParseResult<Article>.ForValue(reader.Read());
        }
        catch (NewsModelException e)
        {
            return ParseResult<Article>.ForError(e.Error);
        }
    }

    /// <summary>Reads an article from a JSON string.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="options">Limits; see <see cref="ModelReadOptions"/>.</param>
    /// <returns>The article or the error.</returns>
    public static ParseResult<Article> Deserialize(string json, ModelReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= ModelReadOptions.Default;
        if (ModelInput.CheckLength(json, options) is { } error)
        {
            return ParseResult<Article>.ForError(error);
        }

        return Deserialize(Encoding.UTF8.GetBytes(json), options);
    }

    // The article text is most of the output; a good first guess saves the buffer's regrowth.
    private static int EstimateSize(Article article) =>
        (int)Math.Min(Array.MaxLength / 2, 4096L + ((long)(article.Text?.Length ?? 0) * 2) + ((long)article.Actors.Count * 512));
}
