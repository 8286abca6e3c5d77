namespace NewsModel.Serialization;

/// <summary>The kinds of token a <see cref="ITokenSource"/> yields.</summary>
internal enum TokenKind
{
    None,
    StartObject,
    EndObject,
    StartArray,
    EndArray,
    PropertyName,
    String,
    Number,
    True,
    False,
    Null,
    EndOfInput,
}

/// <summary>
/// A stream of JSON-like tokens with positions: the format-neutral input of <see cref="ModelReader{TSource}"/>.
/// Syntax errors, nesting deeper than the limit and (for YAML) anchors, aliases, tags and extra
/// documents are thrown by <see cref="Read"/> as <see cref="NewsModelException"/> with line and column.
/// </summary>
internal interface ITokenSource
{
    /// <summary>The current token.</summary>
    TokenKind Kind { get; }

    /// <summary>An opaque position of the current token, for <see cref="ErrorAt"/>.</summary>
    long Mark { get; }

    /// <summary>Moves to the next token; <see cref="TokenKind.EndOfInput"/> at the end.</summary>
    void Read();

    /// <summary>The text of the current property name, string or number.</summary>
    /// <returns>The text.</returns>
    string GetString();

    /// <summary>The current number as an integer.</summary>
    /// <param name="value">The integer.</param>
    /// <returns>Whether it is an integer that fits.</returns>
    bool TryGetInt32(out int value);

    /// <summary>The current number as a decimal.</summary>
    /// <param name="value">The decimal.</param>
    /// <returns>Whether it fits.</returns>
    bool TryGetDecimal(out decimal value);

    /// <summary>Creates an error at a position taken from <see cref="Mark"/>, with its line and column.</summary>
    /// <param name="mark">The position.</param>
    /// <param name="message">The one-line message.</param>
    /// <returns>The error.</returns>
    ParseError ErrorAt(long mark, string message);
}
