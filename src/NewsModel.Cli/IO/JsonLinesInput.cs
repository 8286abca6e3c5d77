using System.Globalization;
using System.Text;
using System.Text.Json;

using NodaTime;
using NodaTime.Text;

namespace NewsModel.Cli.IO;

/// <summary>
/// Reads JSON Lines inputs (<c>--input jsonl</c>): one article a line,
/// <c>{"id": "...", "text": "...", "published": "YYYY-MM-DD", "url": "..."}</c>. The lines of a file
/// are given one at a time, as they are read, so a stream of any length is read in constant memory;
/// each line is parsed later, on the thread that reads its article.
/// </summary>
internal static class JsonLinesInput
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The lines of the files, in order, each an item naming its file and line; blank lines are skipped.</summary>
    /// <param name="files">The JSON Lines files (or <c>-</c>).</param>
    /// <param name="openStandardInput">Opens standard input.</param>
    /// <param name="maxLineBytes">The longest line read; a longer one is an item with a problem, and the next line is read.</param>
    /// <param name="cancellationToken">Ends a read that waits for more of a pipe (standard input): the enumeration throws <see cref="OperationCanceledException"/>.</param>
    public static IEnumerable<InputItem> Lines(IEnumerable<InputItem> files, Func<Stream> openStandardInput, long maxLineBytes, CancellationToken cancellationToken = default)
    {
        foreach (var file in files)
        {
            foreach (var line in LinesOf(file, openStandardInput, maxLineBytes, cancellationToken))
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<InputItem> LinesOf(InputItem file, Func<Stream> openStandardInput, long maxLineBytes, CancellationToken cancellationToken)
    {
        var (reader, problem) = Open(file, openStandardInput, maxLineBytes, cancellationToken);
        if (reader is null)
        {
            yield return file with { Line = 1, Problem = problem };
            yield break;
        }

        using (reader)
        {
            while (reader.Next() is { } line)
            {
                if (line.Problem is not null || !IsBlank(line.Bytes.Span))
                {
                    yield return file with { Line = line.Number, Content = line.Bytes, Problem = line.Problem };
                }

                if (line.Problem is not null && line.Fatal)
                {
                    yield break;
                }
            }
        }
    }

    private static (LineReader? Reader, string? Problem) Open(InputItem file, Func<Stream> openStandardInput, long maxLineBytes, CancellationToken cancellationToken)
    {
        try
        {
            var stream = file.IsStandardInput ? openStandardInput() : new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return (new LineReader(stream, maxLineBytes, cancellationToken), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.Trim(" \t\r"u8).IsEmpty;

    /// <summary>Reads one line's article: its text and what the line says of it.</summary>
    /// <param name="line">The line's bytes, without its line end.</param>
    /// <returns>The article's fields, or why the line is not one.</returns>
    public static ParseResult<JsonLineArticle> Parse(ReadOnlySpan<byte> line)
    {
        if (line.StartsWith(ByteOrderMark))
        {
            line = line[ByteOrderMark.Length..];
        }

        var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        string? id = null, text = null, url = null;
        LocalDate? published = null;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Error("not a JSON object: a line holds one article, {\"id\": ..., \"text\": ...}", reader);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "id":
                        // Feeds number their articles as often as they name them.
                        id = reader.TokenType == JsonTokenType.Number ? Encoding.UTF8.GetString(reader.ValueSpan) : StringOrNull(ref reader, name);
                        break;
                    case "text":
                        text = StringOrNull(ref reader, name);
                        break;
                    case "url":
                        url = StringOrNull(ref reader, name);
                        break;
                    case "published":
                        published = DateOrNull(StringOrNull(ref reader, name));
                        break;
                    default:
                        // Feeds carry more than the article (authors, tags, scores): not ours to read.
                        reader.Skip();
                        break;
                }
            }

            if (reader.Read())
            {
                return Error("more after the object: a line holds one article", reader);
            }
        }
        catch (JsonException e)
        {
            return Error("invalid JSON: " + FirstSentence(e.Message), reader);
        }
        catch (LineException e)
        {
            return ParseResult<JsonLineArticle>.ForError(new ParseError(e.Message));
        }
        catch (InvalidOperationException e)
        {
            // Invalid UTF-8 in a string, found when it is read.
            return Error("invalid JSON: " + FirstSentence(e.Message), reader);
        }

        return text is null
            ? ParseResult<JsonLineArticle>.ForError(new ParseError("no \"text\": a line holds one article, {\"id\": ..., \"text\": ...}"))
            : ParseResult<JsonLineArticle>.ForValue(new JsonLineArticle(id, text, published, url));
    }

    private static string? StringOrNull(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new LineException($"\"{name}\" is not a string"),
    };

    // A date, or a timestamp whose date is taken: feeds write "2019-09-25T14:03:00Z" as often as
    // "2019-09-25", and the pipeline resolves relative dates against the day.
    private static LocalDate? DateOrNull(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var day = value.Length > 10 && value[10] is 'T' or 't' or ' ' ? value[..10] : value;
        var parsed = LocalDatePattern.Iso.Parse(day);
        return parsed.Success ? parsed.Value : throw new LineException($"\"published\": '{value}' is not a date of the form YYYY-MM-DD");
    }

    private static ParseResult<JsonLineArticle> Error(string message, Utf8JsonReader reader)
        => ParseResult<JsonLineArticle>.ForError(new ParseError(string.Create(CultureInfo.InvariantCulture, $"column {reader.BytesConsumed + 1}: {message}")));

    // System.Text.Json's messages name the reader's position after a space and a bar; the column is given apart.
    private static string FirstSentence(string message)
    {
        var bar = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (bar > 0 ? message[..bar] : message).Trim();
    }

    private sealed class LineException(string message) : Exception(message);

    /// <summary>Splits a stream into lines of bytes, refusing lines over a length rather than holding them.</summary>
    private sealed class LineReader(Stream stream, long maxLineBytes, CancellationToken cancellationToken) : IDisposable
    {
        private readonly byte[] chunk = new byte[64 * 1024];
        private int start;
        private int end;
        private int number;
        private bool atEnd;

        public (int Number, ReadOnlyMemory<byte> Bytes, string? Problem, bool Fatal)? Next()
        {
            var line = new MemoryStream();
            var tooLong = false;
            while (true)
            {
                if (this.start == this.end)
                {
                    if (this.atEnd)
                    {
                        return null;
                    }

                    try
                    {
                        this.end = this.ReadChunk();
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        this.atEnd = true;
                        return (this.number + 1, default, $"cannot read on: {e.Message}", true);
                    }

                    this.start = 0;
                    if (this.end == 0)
                    {
                        this.atEnd = true;
                        return line.Length > 0 || tooLong ? this.Finish(line, tooLong) : null;
                    }
                }

                var newline = this.chunk.AsSpan(this.start, this.end - this.start).IndexOf((byte)'\n');
                var take = newline < 0 ? this.end - this.start : newline;
                if (!tooLong && line.Length + take > maxLineBytes)
                {
                    // The rest of the line is skipped unread, so memory stays bounded.
                    tooLong = true;
                    line.SetLength(0);
                }

                if (!tooLong)
                {
                    line.Write(this.chunk, this.start, take);
                }

                this.start += take;
                if (newline >= 0)
                {
                    this.start++;
                    return this.Finish(line, tooLong);
                }
            }
        }

        public void Dispose() => stream.Dispose();

        // A file is read as it is. A pipe may wait for its writer for ever: the wait ends with the
        // run's cancellation (Ctrl+C, or the engine stopping the process), leaving the read behind.
        private int ReadChunk()
        {
            if (stream.CanSeek || !cancellationToken.CanBeCanceled)
            {
                return stream.Read(this.chunk);
            }

            var read = stream.ReadAsync(this.chunk, CancellationToken.None).AsTask();
            try
            {
                read.Wait(cancellationToken);
            }
            catch (AggregateException)
            {
                // The read failed: GetResult rethrows its own exception.
            }

            return read.GetAwaiter().GetResult();
        }

        private (int, ReadOnlyMemory<byte>, string?, bool) Finish(MemoryStream line, bool tooLong)
        {
            this.number++;
            if (tooLong)
            {
                return (this.number, default, string.Create(CultureInfo.InvariantCulture, $"the line is longer than the limit of {maxLineBytes:N0} bytes"), false);
            }

            // An array of the line's own size: the stream's buffer may be twice as large.
            var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
            return (this.number, (bytes.EndsWith("\r"u8) ? bytes[..^1] : bytes).ToArray(), null, false);
        }
    }
}

/// <summary>What one line of a JSON Lines input says of its article.</summary>
/// <param name="Id">The article's id, if the line gives one.</param>
/// <param name="Text">The article's text.</param>
/// <param name="Published">Its publication date, if given.</param>
/// <param name="Url">Its URL, if given.</param>
internal sealed record JsonLineArticle(string? Id, string Text, LocalDate? Published, string? Url);
