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

            var bytes = format.Write(result.Value);
            if (!this.TryWrite(item, bytes))
            {
                failures++;
            }
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private bool TryWrite(InputItem item, byte[] bytes)
    {
        if (outputDirectory is null)
        {
            console.StandardOutput.Write(bytes);
            console.StandardOutput.Write("\n"u8);
            console.StandardOutput.Flush();
            return true;
        }

        var path = Path.Combine(outputDirectory, item.RelativeDirectory, item.BaseName + format.Extension());
        try
        {
            AtomicFile.Write(path, bytes);
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
