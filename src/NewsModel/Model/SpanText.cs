namespace NewsModel.Model;

/// <summary>
/// The text and span of a model item. An item read from an article holds the article's text and
/// makes its own string only when <c>Text</c> is first asked for: a read allocates no copy of the
/// words of every mention and quote, and the writers copy them straight from the article.
/// </summary>
/// <remarks>
/// <para>
/// One reference and the span, sixteen bytes in the item: a read makes hundreds of thousands of
/// these. The reference is a string, which is the item's text when its length is the span's and
/// otherwise the article's text, of which the span is a part (the whole article's text, of the
/// span's length, is its own text); or, for a text given with a span of another length (only a
/// caller makes one), a box holding that text.
/// </para>
/// <para>
/// A string made on first use replaces the article's text. Two threads may both make it, and either
/// string serves; a reader sees the article's text or the made string, both read right by the rule
/// above, so the field needs no lock.
/// </para>
/// </remarks>
internal struct SpanText
{
    private object? value;

    private SpanText(object? value, TextSpan span)
    {
        this.value = value;
        this.Span = span;
    }

    /// <summary>Where the text stands.</summary>
    public readonly TextSpan Span { get; }

    /// <summary>The text's characters, without making a string.</summary>
    public readonly ReadOnlySpan<char> Chars => this.value switch
    {
        string text when text.Length == this.Span.Length => text,
        string source => source.AsSpan(this.Span.Start, this.Span.Length),
        OwnText own => own.Text,
        _ => default,
    };

    /// <summary>A text given as a string of its own.</summary>
    public static SpanText Own(string text, TextSpan span) =>
        new(text is null || text.Length == span.Length ? text : new OwnText(text), span);

    /// <summary>The text at <paramref name="span"/> of <paramref name="source"/>, which the span must fit in.</summary>
    public static SpanText InSource(string source, TextSpan span) => new(source, span);

    /// <summary>The text as a string, made (once) on first need.</summary>
    public string Get()
    {
        var text = this.Make();
        if (this.value is string)
        {
            // The made string, or the same one again when it was made already.
            this.value = text;
        }

        return text;
    }

    /// <summary>
    /// The text as a string, made anew when it is still the article's: for an item that is a value
    /// (a mention), which has nowhere to keep the string it makes.
    /// </summary>
    public readonly string Make() => this.value switch
    {
        string text when text.Length == this.Span.Length => text,
        string source => source.Substring(this.Span.Start, this.Span.Length),
        OwnText own => own.Text,
        _ => null!,
    };

    /// <summary>Another text at the same span: for a copy made with <c>with { Text = ... }</c>.</summary>
    public readonly SpanText WithText(string text) => Own(text, this.Span);

    /// <summary>The same text at another span, as a record holding its own string would keep it.</summary>
    public readonly SpanText WithSpan(TextSpan span) => Own(this.Make(), span);

    /// <summary>Whether the two have the same span and the same text (a null text, which the nullable
    /// annotations forbid but a caller may pass, is not the empty one, as with string equality).</summary>
    public readonly bool SameAs(in SpanText other) =>
        this.Span == other.Span && (this.value is null) == (other.value is null) && this.Chars.SequenceEqual(other.Chars);

    /// <summary>A hash of the span and the text's characters, equal for equal ones.</summary>
    public readonly int Hash() => HashCode.Combine(this.Span, string.GetHashCode(this.Chars));

    // A text whose length is not its span's: rare, so boxed rather than paid for with a flag in every item.
    private sealed class OwnText(string text)
    {
        public string Text { get; } = text;
    }
}
