namespace NewsModel;

/// <summary>
/// What went wrong in an input: a one-line message and, where it applies, the line and column
/// (both 1-based) or the byte offset.
/// </summary>
/// <param name="Message">A one-line description of the problem.</param>
public sealed record ParseError(string Message)
{
    /// <summary>The 1-based line, when the problem has a place in a text.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column, when the problem has a place in a text.</summary>
    public int? Column { get; init; }

    /// <summary>The 0-based byte offset, when the problem is in the bytes (bad encoding).</summary>
    public long? ByteOffset { get; init; }

    /// <summary>Formats the error as <c>line L, column C: message</c> or <c>byte B: message</c>.</summary>
    /// <returns>The one-line description.</returns>
    public override string ToString() => (this.Line, this.Column, this.ByteOffset) switch
    {
        ({ } line, { } column, _) => $"line {line}, column {column}: {this.Message}",
        ({ } line, null, _) => $"line {line}: {this.Message}",
        (_, _, { } offset) => $"byte {offset}: {this.Message}",
        _ => this.Message,
    };
}

/// <summary>Thrown by the throwing counterparts of the <see cref="ParseResult{T}"/> methods.</summary>
public sealed class NewsModelException : Exception
{
    /// <summary>Creates the exception for an error.</summary>
    /// <param name="error">The error.</param>
    public NewsModelException(ParseError error)
        : base(error?.ToString())
    {
        ArgumentNullException.ThrowIfNull(error);
        this.Error = error;
    }

    /// <summary>Creates the exception with a message.</summary>
    public NewsModelException()
        : this(new ParseError("The input could not be read."))
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public NewsModelException(string message)
        : this(new ParseError(message))
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public NewsModelException(string message, Exception innerException)
        : base(message, innerException) => this.Error = new ParseError(message);

    /// <summary>What went wrong.</summary>
    public ParseError Error { get; }
}

/// <summary>
/// The result of reading input that is expected to be messy: a value or an error, never an
/// exception for bad input (NodaTime's <c>ParseResult&lt;T&gt;</c> idiom).
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class ParseResult<T>
{
    private readonly T? value;

    private ParseResult(T? value, ParseError? error)
    {
        this.value = value;
        this.Error = error;
    }

    /// <summary>Whether the input was read.</summary>
    public bool Success => this.Error is null;

    /// <summary>The error when the input was not read; null on success.</summary>
    public ParseError? Error { get; }

    /// <summary>The value; throws <see cref="NewsModelException"/> when the input was not read.</summary>
    public T Value => this.Error is null ? this.value! : throw new NewsModelException(this.Error);

    /// <summary>A successful result.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
#pragma warning disable CA1000 // Static factories on the generic type are the idiom users know from NodaTime.
    public static ParseResult<T> ForValue(T value) => new(value, null);

    /// <summary>A failed result.</summary>
    /// <param name="error">What went wrong.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> ForError(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(default, error);
    }
#pragma warning restore CA1000

    /// <summary>The value, or throws <see cref="NewsModelException"/> with the error.</summary>
    /// <returns>The value.</returns>
    public T GetValueOrThrow() => this.Value;

    /// <summary>Gets the value when the input was read.</summary>
    /// <param name="value">The value, or the default on failure.</param>
    /// <returns>Whether the input was read.</returns>
    public bool TryGetValue(out T value)
    {
        value = this.value!;
        return this.Error is null;
    }

    /// <inheritdoc />
    public override string ToString() => this.Error is null ? $"Success: {this.value}" : $"Error: {this.Error}";
}
