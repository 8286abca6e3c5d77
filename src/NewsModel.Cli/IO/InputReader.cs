namespace NewsModel.Cli.IO;

/// <summary>Reads an input's bytes, refusing inputs over a size limit before reading them whole.</summary>
internal static class InputReader
{
    public static ParseResult<byte[]> ReadAll(InputItem item, long maxBytes, CliConsole console)
    {
        if (!item.IsStandardInput)
        {
            var length = new FileInfo(item.Path).Length;
            return length > maxBytes
                ? TooLarge(maxBytes)
                : ParseResult<byte[]>.ForValue(File.ReadAllBytes(item.Path));
        }

        using var input = console.OpenStandardInput();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return ParseResult<byte[]>.ForValue(buffer.ToArray());
    }

    private static ParseResult<byte[]> TooLarge(long maxBytes)
        => ParseResult<byte[]>.ForError(new ParseError($"the file is larger than the limit of {maxBytes:N0} bytes"));
}
