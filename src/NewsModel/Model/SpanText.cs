namespace NewsModel.Model;

/// <summary>
/// The text and span of a model item. An item read from an article holds the article's text and
/// makes its own string only when <c>Text</c> is first asked for: a read allocates no copy of the
/// words of every mention and quote, and the writers copy them straight from the article.
/// </summary>
/// <remarks>
/// The held string is the item's text when its length is the span's; otherwise it is the article's
/// text, of which the span is a part (the whole article's text, of the span's length, is its own
/// text). A string made on first use replaces the article's text; two threads may both make it, and
/// either string serves, so the field needs no lock.
/// </remarks>
internal struct SpanText
{
    private readonly bool inSource;
    private string value;

    private SpanText(string value, TextSpan span, bool inSource)
    {
        this.value = value;
        this.Span = span;
        this.inSource = inSource;
    }

    /// <summary>Where the text stands.</summary>
    public readonly TextSpan Span { get; }

    /// <summary>The text's characters, without making a string.</summary>
    public readonly ReadOnlySpan<char> Chars
    {
        get
        {
            var text = this.value;
            return !this.inSource || text is null || text.Length == this.Span.Length ? text : text.AsSpan(this.Span.Start, this.Span.Length);
        }
    }

    /// <summary>A text given as a string of its own.</summary>
    public static SpanText Own(string text, TextSpan span) => new(text, span, inSource: false);

    /// <summary>The text at <paramref name="span"/> of <paramref name="source"/>, which the span must fit in.</summary>
    public static SpanText InSource(string source, TextSpan span) => new(source, span, inSource: true);

    /// <summary>The text as a string, made (once) on first need.</summary>
    public string Get()
    {
        var text = this.value;
        if (!this.inSource || text is null || text.Length == this.Span.Length)
        {
            return text!;
        }

        text = text.Substring(this.Span.Start, this.Span.Length);
        this.value = text;
        return text;
    }

    /// <summary>Another text at the same span: for a copy made with <c>with { Text = ... }</c>.</summary>
    public readonly SpanText WithText(string text) => Own(text, this.Span);

    /// <summary>The same text at another span, as a record holding its own string would keep it.</summary>
    public SpanText WithSpan(TextSpan span) => Own(this.Get(), span);

    /// <summary>Whether the two have the same span and the same text (a null text, which the nullable
    /// annotations forbid but a caller may pass, is not the empty one, as with string equality).</summary>
    public readonly bool SameAs(in SpanText other) =>
        this.Span == other.Span && (this.value is null) == (other.value is null) && this.Chars.SequenceEqual(other.Chars);

    /// <summary>A hash of the span and the text's characters, equal for equal ones.</summary>
    public readonly int Hash() => HashCode.Combine(this.Span, string.GetHashCode(this.Chars));
}
