using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace NewsModel.Serialization;

/// <summary>Turns byte offsets into 1-based lines and columns, and checks encodings, for error messages.</summary>
internal static class TextPosition
{
    /// <summary>An error at a byte offset of UTF-8 input, with its line and column (in characters).</summary>
    /// <param name="utf8">The input.</param>
    /// <param name="offset">The byte offset.</param>
    /// <param name="message">The message.</param>
    /// <returns>The error.</returns>
    public static ParseError ErrorAt(ReadOnlySpan<byte> utf8, long offset, string message)
    {
        var before = utf8[..(int)Math.Clamp(offset, 0, utf8.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new ParseError(message) { Line = line, Column = column, ByteOffset = offset };
    }

    /// <summary>Finds the first byte that is not valid UTF-8.</summary>
    /// <param name="utf8">The input.</param>
    /// <returns>The offset, or -1 when all of it is valid.</returns>
    public static int FindInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8))
        {
            return -1;
        }

        var offset = 0;
        while (offset < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>Keeps a message on one line.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message with line ends replaced by spaces.</returns>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    /// <summary>A short, one-line, quoted excerpt of a string for a message.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The excerpt.</returns>
    public static string Excerpt(string value)
    {
        var builder = new StringBuilder(48).Append('"');
        var limit = Math.Min(value.Length, 40);
        for (var i = 0; i < limit; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '"':
                    builder.Append("\\\"");
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append(value.Length > limit ? "...\"" : "\"").ToString();
    }
}
