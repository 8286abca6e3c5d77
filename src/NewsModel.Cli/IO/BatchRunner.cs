namespace NewsModel.Cli.IO;

/// <summary>
/// Runs a read over many inputs and writes one output per input. A bad input gets one line on
/// standard error naming it; the good ones are still written.
/// </summary>
internal sealed class BatchRunner(CliConsole console, OutputFormat format, string? outputDirectory)
{
    public int Run(IReadOnlyList<InputItem> items, IReadOnlyList<string> expansionErrors, Func<InputItem, ParseResult<Extracted>> read)
    {
        var failures = 0;
        foreach (var error in expansionErrors)
        {
            this.Fail(error);
            failures++;
        }

        foreach (var item in items)
        {
            ParseResult<Extracted> result;
            try
            {
                result = read(item);
            }
            catch (IOException e)
            {
                result = ParseResult<Extracted>.ForError(new ParseError(e.Message));
            }
            catch (UnauthorizedAccessException e)
            {
                result = ParseResult<Extracted>.ForError(new ParseError(e.Message));
            }

            if (!result.Success)
            {
                this.Fail($"{item.DisplayName}: {result.Error}");
                failures++;
                continue;
            }

            var files = format.Write(result.Value);
            if (!this.TryWrite(item, files))
            {
                failures++;
            }
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private bool TryWrite(InputItem item, IReadOnlyList<OutputFile> files)
    {
        if (outputDirectory is null)
        {
            // Only the main file goes to standard output. A JSON line ends with its own line end, so
            // JSON Lines stay one model per line.
            console.StandardOutput.Write(files[0].Bytes);
            if (format != OutputFormat.Jsonl)
            {
                console.StandardOutput.Write("\n"u8);
            }

            console.StandardOutput.Flush();
            return true;
        }

        var path = string.Empty;
        try
        {
            foreach (var file in files)
            {
                path = Path.Combine(outputDirectory, item.RelativeDirectory, item.BaseName + file.Extension);
                AtomicFile.Write(path, file.Bytes);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            this.Fail($"{item.DisplayName}: cannot write {path}: {e.Message}");
            return false;
        }
    }

    private void Fail(string message) => console.Error.WriteLine($"newsmodel: {message}");
}
