using NewsModel.Model;

namespace NewsModel.Tokens;

/// <summary>What kind of token it is.</summary>
public enum TokenKind
{
    /// <summary>A word, possibly with inner hyphens or apostrophes ("state-owned", "O’Brien"), or an abbreviation with its periods ("U.S.").</summary>
    Word,

    /// <summary>A number ("3", "3.5", "100,000", "74th", "3bn").</summary>
    Number,

    /// <summary>An opening quote mark (“ „ « ‘, or a straight quote that opens).</summary>
    OpenQuote,

    /// <summary>A closing quote mark (” » ’, or a straight quote that closes).</summary>
    CloseQuote,

    /// <summary>A clitic split from a word: the possessive "’s".</summary>
    Clitic,

    /// <summary>Sentence punctuation, brackets, dashes, symbols.</summary>
    Punctuation,
}

/// <summary>A token of the article's text.</summary>
/// <param name="Span">Where it stands.</param>
/// <param name="Kind">What kind it is.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    /// <summary>The offset of the first character.</summary>
    public int Start => this.Span.Start;

    /// <summary>The offset just past the last character.</summary>
    public int End => this.Span.End;

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    /// <param name="text">The article's text.</param>
    /// <returns>The characters.</returns>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(this.Span.Start, this.Span.Length);

    /// <summary>Whether the token is a word that starts with an upper-case letter.</summary>
    /// <param name="text">The article's text.</param>
    /// <returns>True when capitalised.</returns>
    public bool IsCapitalized(string text) => this.Kind == TokenKind.Word && char.IsUpper(text[this.Span.Start]);

    /// <summary>Whether the token is any quote mark.</summary>
    public bool IsQuote => this.Kind is TokenKind.OpenQuote or TokenKind.CloseQuote;
}
