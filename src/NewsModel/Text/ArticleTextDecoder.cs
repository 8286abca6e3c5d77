using System.Text;

namespace NewsModel.Text;

/// <summary>
/// Turns the bytes of an article file into its text: UTF-8 (with or without a byte-order mark)
/// or UTF-16 with a byte-order mark. Invalid UTF-8 and binary data are errors that name the
/// byte offset, never replacement characters silently written into the model.
/// </summary>
public static class ArticleTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    // Byte-order marks as bytes (a "\xEF..."u8 literal would be the UTF-8 of U+00EF..., not these bytes).
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    /// <summary>Decodes an article's bytes.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="maxLength">The most UTF-16 code units the text may have.</param>
    /// <returns>The text, or an error naming the byte offset.</returns>
    public static ParseResult<string> Decode(ReadOnlySpan<byte> bytes, int maxLength = ReadOptions.DefaultMaxTextLength)
    {
        Encoding encoding = StrictUtf8;
        var start = 0;
        if (bytes.StartsWith(Utf8Bom))
        {
            start = 3;
        }
        else if (bytes.StartsWith(Utf16LittleEndianBom))
        {
            encoding = StrictUtf16LittleEndian;
            start = 2;
        }
        else if (bytes.StartsWith(Utf16BigEndianBom))
        {
            encoding = StrictUtf16BigEndian;
            start = 2;
        }

        var body = bytes[start..];
        if (encoding == StrictUtf8)
        {
            // A NUL byte never occurs in text: it is the surest sign of a binary file.
            var nul = body.IndexOf((byte)0);
            if (nul >= 0)
            {
                return ParseResult<string>.ForError(new ParseError("binary data (a NUL byte), not text") { ByteOffset = start + nul });
            }

            if (!System.Text.Unicode.Utf8.IsValid(body))
            {
                var offset = FirstInvalidUtf8Byte(body);
                return ParseResult<string>.ForError(new ParseError("invalid UTF-8") { ByteOffset = start + offset });
            }
        }

        try
        {
            // Counting decodes too: invalid UTF-16 fails here as well as in GetString.
            if (encoding.GetMaxCharCount(body.Length) > maxLength && encoding.GetCharCount(body) > maxLength)
            {
                return ParseResult<string>.ForError(new ParseError($"the text is longer than the limit of {maxLength:N0} characters"));
            }

            return ParseResult<string>.ForValue(encoding.GetString(body));
        }
        catch (DecoderFallbackException e)
        {
            return ParseResult<string>.ForError(new ParseError($"invalid {encoding.WebName}") { ByteOffset = start + e.Index });
        }
    }

    private static int FirstInvalidUtf8Byte(ReadOnlySpan<byte> bytes)
    {
        var consumed = 0;
        while (consumed < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[consumed..], out _, out var used) != System.Buffers.OperationStatus.Done)
            {
                return consumed;
            }

            consumed += used;
        }

        return consumed;
    }
}
