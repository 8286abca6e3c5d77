using System.Text;

using NewsModel.Model;

namespace NewsModel.Serialization;

/// <summary>Writes and reads the <c>newsmodel/1</c> YAML form of an <see cref="Article"/>: the same tree as the JSON form.</summary>
/// <remarks>
/// Every string reads back exactly, whatever it holds: simple words are written plain, multi-line
/// text that a literal block keeps exactly (the article text, usually) as a literal block, and
/// anything else double-quoted with escapes. Strings that a YAML reader could take for a number,
/// a boolean or null ("123", "yes", "null") are always quoted. Spans are written on one line.
/// Reading follows YAML 1.2's core schema and refuses anchors, aliases, explicit tags and more
/// than one document (see <see cref="ModelReadOptions"/>).
/// </remarks>
public static class ModelYaml
{
    // What Write(Article, Stream) writes with: UTF-8 without a byte-order mark; the YAML writer
    // spells its own line ends ("\n").
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the article as YAML.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The YAML.</returns>
    public static string Serialize(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var builder = new StringBuilder(4096 + ((article.Text?.Length ?? 0) * 2));
        using (var output = new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture))
        {
            Write(article, output);
        }

        return builder.ToString();
    }

    /// <summary>Writes the article as YAML (UTF-8, no byte-order mark).</summary>
    /// <param name="article">The article.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(Article article) => Utf8.GetBytes(Serialize(article));

    /// <summary>Writes the article as YAML (UTF-8, no byte-order mark) to a stream, which is left open.</summary>
    /// <param name="article">The article.</param>
    /// <param name="output">Where the bytes go.</param>
    public static void Write(Article article, Stream output)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, Utf8, bufferSize: -1, leaveOpen: true);
        Write(article, writer);
    }

    /// <summary>Writes the article as YAML to a text writer, which is left open.</summary>
    /// <param name="article">The article.</param>
    /// <param name="output">Where the text goes.</param>
    public static void Write(Article article, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new YamlModelWriter(output);
        writer.StartDocument();
        ModelWriter.Write(writer, article);
        writer.EndDocument();
    }

    /// <summary>Reads an article from YAML; a malformed or hostile file is an error with line and column.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="options">Limits; see <see cref="ModelReadOptions"/>.</param>
    /// <returns>The article or the error.</returns>
    public static ParseResult<Article> Deserialize(string yaml, ModelReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        options ??= ModelReadOptions.Default;
        if (ModelInput.CheckLength(yaml, options) is { } error)
        {
            return ParseResult<Article>.ForError(error);
        }

        if (string.IsNullOrWhiteSpace(yaml))
        {
            return ParseResult<Article>.ForError(new ParseError("the file holds no model (it is empty)") { Line = 1, Column = 1 });
        }

        try
        {
            using var input = new StringReader(yaml);
            var reader = new ModelReader<YamlTokenSource>(new YamlTokenSource(input, options.MaxDepth));
            return ParseResult<Article>.ForValue(reader.Read());
        }
        catch (NewsModelException e)
        {
            return ParseResult<Article>.ForError(e.Error);
        }
    }

    /// <summary>Reads an article from YAML bytes (UTF-8, a byte-order mark allowed).</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="options">Limits; see <see cref="ModelReadOptions"/>.</param>
    /// <returns>The article or the error.</returns>
    public static ParseResult<Article> Deserialize(ReadOnlySpan<byte> utf8, ModelReadOptions? options = null)
    {
        options ??= ModelReadOptions.Default;
        return ModelInput.CheckBytes(ref utf8, options) is { } error
            ? ParseResult<Article>.ForError(error)
            : Deserialize(Encoding.UTF8.GetString(utf8), options);
    }
}
