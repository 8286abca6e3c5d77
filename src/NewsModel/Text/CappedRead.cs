namespace NewsModel.Text;

/// <summary>
/// Reads what is left of a stream into memory, but stops as soon as it holds more than a limit, so
/// that a huge or endless input costs no more than the limit.
/// </summary>
internal static class CappedRead
{
    // Cancellation is seen between reads of at most this many bytes.
    private const int ChunkSize = 1024 * 1024;

    // The first buffer for a stream of unknown length; it doubles as it fills.
    private const int FirstSize = 16 * 1024;

    /// <summary>
    /// The most bytes a text of <paramref name="maxTextLength"/> UTF-16 code units takes in a file:
    /// UTF-8 spends at most 3 bytes on a code unit (4 on a surrogate pair), UTF-16 2, and a
    /// byte-order mark at most 3 more. A file over it holds a text over the limit, whatever it holds.
    /// </summary>
    /// <param name="maxTextLength">The limit on the text (<see cref="ReadOptions.MaxTextLength"/>).</param>
    /// <returns>The limit on the bytes.</returns>
    public static long MaxBytes(int maxTextLength) => Math.Clamp((maxTextLength * 3L) + 3, 0, Array.MaxLength - 1);

    /// <summary>Reads the rest of a stream.</summary>
    /// <param name="stream">The stream, left open.</param>
    /// <param name="limit">The most bytes accepted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes, or <see cref="Bytes.TooLarge"/> once there are more than <paramref name="limit"/>.</returns>
    public static Bytes Read(Stream stream, long limit, CancellationToken cancellationToken)
    {
        if (Start(stream, limit) is not { } buffer)
        {
            return Bytes.TooLarge;
        }

        var length = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (length == buffer.Length && !Grow(ref buffer, limit))
            {
                return Bytes.TooLarge;
            }

            var read = stream.Read(buffer, length, Math.Min(buffer.Length - length, ChunkSize));
            if (read == 0)
            {
                return new Bytes(buffer, length);
            }

            length += read;
        }
    }

    /// <summary>Reads the rest of a stream asynchronously.</summary>
    /// <param name="stream">The stream, left open.</param>
    /// <param name="limit">The most bytes accepted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes, or <see cref="Bytes.TooLarge"/> once there are more than <paramref name="limit"/>.</returns>
    public static async Task<Bytes> ReadAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        if (Start(stream, limit) is not { } buffer)
        {
            return Bytes.TooLarge;
        }

        var length = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (length == buffer.Length && !Grow(ref buffer, limit))
            {
                return Bytes.TooLarge;
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length - length, ChunkSize)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return new Bytes(buffer, length);
            }

            length += read;
        }
    }

    // The first buffer: for a stream that knows its length, that length and one byte more, so that
    // the read that finds the end needs no second buffer; null when the length is over the limit.
    private static byte[]? Start(Stream stream, long limit)
    {
        if (!stream.CanSeek)
        {
            return new byte[Math.Min(FirstSize, limit + 1)];
        }

        var left = Math.Max(0, stream.Length - stream.Position);
        return left > limit ? null : new byte[left + 1];
    }

    // A full buffer: one of limit + 1 bytes holds more than the limit; any other doubles, up to that.
    private static bool Grow(ref byte[] buffer, long limit)
    {
        if (buffer.Length > limit)
        {
            return false;
        }

        Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, FirstSize), limit + 1));
        return true;
    }

    /// <summary>The bytes read: the first <see cref="Length"/> of <see cref="Buffer"/>.</summary>
    /// <param name="Buffer">The buffer, null when the stream held too many bytes.</param>
    /// <param name="Length">How many bytes of the buffer were read.</param>
    internal readonly record struct Bytes(byte[]? Buffer, int Length)
    {
        /// <summary>The stream held more bytes than the limit.</summary>
        public static Bytes TooLarge => default;

        /// <summary>The bytes read.</summary>
        public ReadOnlySpan<byte> Span => this.Buffer.AsSpan(0, this.Length);
    }
}
