namespace NewsModel.Model;

/// <summary>
/// The text of a model item's span. An item read from an article holds the article's text and
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

    private SpanText(string value, bool inSource)
    {
        this.value = value;
        this.inSource = inSource;
    }

    /// <summary>A text given as a string of its own.</summary>
    public static SpanText Own(string text) => new(text, inSource: false);

    /// <summary>The text at a span of <paramref name="source"/>, which the span must fit in.</summary>
    public static SpanText InSource(string source) => new(source, inSource: true);

    /// <summary>The text as a string, made (once) on first need.</summary>
    public string Get(TextSpan span)
    {
        var text = this.value;
        if (!this.inSource || text is null || text.Length == span.Length)
        {
            return text!;
        }

        text = text.Substring(span.Start, span.Length);
        this.value = text;
        return text;
    }

    /// <summary>The text's characters, without making a string.</summary>
    public readonly ReadOnlySpan<char> Chars(TextSpan span)
    {
        var text = this.value;
        return !this.inSource || text is null || text.Length == span.Length ? text : text.AsSpan(span.Start, span.Length);
    }

    /// <summary>The same text held as a string of its own: for a copy whose span changes.</summary>
    public SpanText Pinned(TextSpan span) => this.inSource ? Own(this.Get(span)) : this;
}
