using System.Text;

namespace NewsModel.Serialization;

/// <summary>The checks every input passes before it is parsed: size, encoding, emptiness.</summary>
internal static class ModelInput
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Checks bytes and strips a byte-order mark.</summary>
    /// <param name="utf8">The bytes; on return without the byte-order mark.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The error, or null when the bytes may be parsed.</returns>
    public static ParseError? CheckBytes(ref ReadOnlySpan<byte> utf8, ModelReadOptions options)
    {
        if (utf8.Length > options.MaxBytes)
        {
            return TooLarge(utf8.Length, options);
        }

        var skipped = 0;
        if (utf8.StartsWith(Bom))
        {
            utf8 = utf8[Bom.Length..];
            skipped = Bom.Length;
        }

        if (utf8.IsEmpty)
        {
            return new ParseError("the file holds no model (it is empty)") { Line = 1, Column = 1 };
        }

        var bad = TextPosition.FindInvalidUtf8(utf8);
        if (bad >= 0)
        {
            var error = TextPosition.ErrorAt(utf8, bad, $"invalid UTF-8 at byte {bad + skipped}");
            return error with { ByteOffset = bad + skipped };
        }

        return null;
    }

    /// <summary>Checks the size of a string's UTF-8 form against the limit without encoding it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The error, or null.</returns>
    public static ParseError? CheckLength(string text, ModelReadOptions options)
    {
        // Every UTF-16 code unit takes at least one byte, and at most three.
        if (text.Length > options.MaxBytes)
        {
            return TooLarge(text.Length, options);
        }

        if ((long)text.Length * 3 > options.MaxBytes)
        {
            var bytes = Encoding.UTF8.GetByteCount(text);
            if (bytes > options.MaxBytes)
            {
                return TooLarge(bytes, options);
            }
        }

        return null;
    }

    /// <summary>The error for input over <see cref="ModelReadOptions.MaxBytes"/>.</summary>
    /// <param name="length">The input's length in bytes (or a lower bound).</param>
    /// <param name="options">The limits.</param>
    /// <returns>The error.</returns>
    public static ParseError TooLarge(long length, ModelReadOptions options) =>
        new($"the file is {length} bytes or more; the limit is {options.MaxBytes} bytes (ModelReadOptions.MaxBytes)");
}
