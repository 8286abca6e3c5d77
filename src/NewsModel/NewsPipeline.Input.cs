using NewsModel.Model;
using NewsModel.Serialization;
using NewsModel.Text;

namespace NewsModel;

// Files and streams: read into memory, never more than the text limit can take, then decoded and
// read as Parse(ReadOnlySpan<byte>) does.
public sealed partial class NewsPipeline
{
    /// <summary>
    /// Reads an article from a file (UTF-8, or UTF-16 with a byte-order mark). A missing or
    /// unreadable file, or one too large for <see cref="ReadOptions.MaxTextLength"/>, is an error
    /// naming the file; the size is checked before the file is read. Bytes that are no text are
    /// an error giving their offset, as <see cref="Parse(ReadOnlySpan{byte}, ReadOptions?, CancellationToken)"/> gives it.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">
    /// Per-article options; without an <see cref="ReadOptions.Id"/> the article's id is the file's
    /// name without its extension.
    /// </param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The article, or why it could not be read.</returns>
    public ParseResult<Article> ParseFile(string path, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options = ForFile(path, options);
        CappedRead.Bytes bytes;
        long length;
        try
        {
            using var stream = OpenFile(path, FileOptions.SequentialScan);
            bytes = CappedRead.Read(stream, CappedRead.MaxBytes(options.MaxTextLength), cancellationToken);
            length = stream.CanSeek ? stream.Length : -1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ParseResult<Article>.ForError(CannotRead(path, e));
        }

        return this.ParseFileBytes(path, bytes, length, options, cancellationToken);
    }

    /// <summary>
    /// Reads an article from a file; see <see cref="ParseFile(string, ReadOptions?, CancellationToken)"/>.
    /// The file is read asynchronously, then the article as <see cref="ParseFile(string, ReadOptions?, CancellationToken)"/> reads it.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Per-article options; without an id the article's id is the file's name without its extension.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The article, or why it could not be read.</returns>
    public async Task<ParseResult<Article>> ParseFileAsync(string path, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options = ForFile(path, options);
        CappedRead.Bytes bytes;
        long length;
        try
        {
            var stream = OpenFile(path, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                bytes = await CappedRead.ReadAsync(stream, CappedRead.MaxBytes(options.MaxTextLength), cancellationToken).ConfigureAwait(false);
                length = stream.CanSeek ? stream.Length : -1;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ParseResult<Article>.ForError(CannotRead(path, e));
        }

        return this.ParseFileBytes(path, bytes, length, options, cancellationToken);
    }

    /// <summary>Reads an article from a file; see <see cref="ParseFile(string, ReadOptions?, CancellationToken)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Per-article options; without an id the article's id is the file's name without its extension.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The article.</returns>
    /// <exception cref="NewsModelException">The file is missing, unreadable, too large or not text.</exception>
    public Article ReadFile(string path, ReadOptions? options = null, CancellationToken cancellationToken = default)
        => this.ParseFile(path, options, cancellationToken).Value;

    /// <summary>
    /// Reads an article from the rest of a stream (UTF-8, or UTF-16 with a byte-order mark). The
    /// stream is left open; reading stops, with an error, once it holds more bytes than a text of
    /// <see cref="ReadOptions.MaxTextLength"/> can take. Exceptions the stream throws are not caught.
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">Per-article options.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The article, or why it could not be read.</returns>
    public ParseResult<Article> Parse(Stream stream, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckReadable(stream);
        options ??= ReadOptions.Default;
        return this.ParseStreamBytes(CappedRead.Read(stream, CappedRead.MaxBytes(options.MaxTextLength), cancellationToken), options, cancellationToken);
    }

    /// <summary>
    /// Reads an article from the rest of a stream; see
    /// <see cref="Parse(Stream, ReadOptions?, CancellationToken)"/>. The stream is read
    /// asynchronously, then the article as <see cref="Parse(string, ReadOptions?, CancellationToken)"/> reads it.
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">Per-article options.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The article, or why it could not be read.</returns>
    public async Task<ParseResult<Article>> ParseAsync(Stream stream, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckReadable(stream);
        options ??= ReadOptions.Default;
        var bytes = await CappedRead.ReadAsync(stream, CappedRead.MaxBytes(options.MaxTextLength), cancellationToken).ConfigureAwait(false);
        return this.ParseStreamBytes(bytes, options, cancellationToken);
    }

    private static ReadOptions ForFile(string path, ReadOptions? options)
    {
        options ??= ReadOptions.Default;
        return options.Id is { Value.Length: > 0 } || Path.GetFileNameWithoutExtension(path) is not { Length: > 0 } name
            ? options
            : options with { Id = new ArticleId(name) };
    }

    // Unbuffered: the bytes go straight into the buffer that CappedRead sized by the file's length.
    private static FileStream OpenFile(string path, FileOptions options) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, options);

    private static void CheckReadable(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read.", nameof(stream));
        }
    }

    private static ParseError CannotRead(string path, Exception e) => new(e is FileNotFoundException or DirectoryNotFoundException
        ? $"{path}: no such file"
        : $"{path}: {TextPosition.OneLine(e.Message)}");

    // The message Parse(string) gives for a long text, with the file's name, and the size that
    // stopped the read before the text was decoded.
    private static ParseError TooLarge(string? path, int maxTextLength, string size) =>
        new($"{(path is null ? null : path + ": ")}the text is longer than the limit of {maxTextLength:N0} characters ({size})");

    // The file is closed by now: the pipeline may take a while, and an I/O error of a stage's is
    // not the file's. A length of -1 is a file that cannot tell it (a pipe).
    private ParseResult<Article> ParseFileBytes(string path, CappedRead.Bytes bytes, long length, ReadOptions options, CancellationToken cancellationToken) => bytes.Buffer is null
        ? ParseResult<Article>.ForError(TooLarge(path, options.MaxTextLength, length >= 0 ? $"the file has {length:N0} bytes" : $"the file holds more than {CappedRead.MaxBytes(options.MaxTextLength):N0} bytes"))
        : this.Parse(bytes.Span, options, cancellationToken);

    private ParseResult<Article> ParseStreamBytes(CappedRead.Bytes bytes, ReadOptions options, CancellationToken cancellationToken) => bytes.Buffer is null
        ? ParseResult<Article>.ForError(TooLarge(null, options.MaxTextLength, $"the stream holds more than {CappedRead.MaxBytes(options.MaxTextLength):N0} bytes"))
        : this.Parse(bytes.Span, options, cancellationToken);
}
