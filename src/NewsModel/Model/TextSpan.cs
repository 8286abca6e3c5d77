namespace NewsModel.Model;

/// <summary>
/// A range of UTF-16 code units in <see cref="Article.Text"/>: the evidence for every extracted fact.
/// Offsets follow the .NET convention (<c>text.Substring(Start, Length)</c>).
/// </summary>
/// <param name="Start">The offset of the first code unit.</param>
/// <param name="Length">The number of code units.</param>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>The offset just past the last code unit.</summary>
    public int End => this.Start + this.Length;

    /// <summary>Whether the span covers no code unit.</summary>
    public bool IsEmpty => this.Length == 0;

    /// <summary>Creates the span from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    /// <param name="start">The first offset.</param>
    /// <param name="end">The offset just past the last.</param>
    /// <returns>The span.</returns>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The other span.</param>
    /// <returns>True when it does.</returns>
    public bool Contains(TextSpan other) => other.Start >= this.Start && other.End <= this.End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    /// <param name="other">The other span.</param>
    /// <returns>True when they overlap.</returns>
    public bool Overlaps(TextSpan other) => this.Start < other.End && other.Start < this.End;

    /// <summary>Whether the span lies inside a text of <paramref name="textLength"/> code units.</summary>
    /// <param name="textLength">The length of the text.</param>
    /// <returns>True when it does.</returns>
    public bool FitsIn(int textLength) => this.Start >= 0 && this.Length >= 0 && this.End <= textLength && this.End >= this.Start;

    /// <summary>The text the span covers.</summary>
    /// <param name="text">The article's text.</param>
    /// <returns>The covered text.</returns>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(this.Start, this.Length);
    }

    /// <inheritdoc />
    public int CompareTo(TextSpan other)
    {
        var byStart = this.Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : this.Length.CompareTo(other.Length);
    }

    /// <summary>Orders spans by start, then by length.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    /// <summary>Orders spans by start, then by length.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    /// <summary>Orders spans by start, then by length.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    /// <summary>Orders spans by start, then by length.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => $"[{this.Start}..{this.End})";
}

/// <summary>A piece of the article's text with its span: a headline, a credit, a cue.</summary>
/// <remarks>
/// A segment read from an article makes the string of its <see cref="Text"/> only when that is
/// first asked for; until then it holds the article's text. Two segments are equal when their texts
/// and spans are.
/// </remarks>
public sealed record TextSegment
{
    private SpanText text;

    /// <summary>Creates a segment.</summary>
    /// <param name="Text">The text exactly as it stands at <paramref name="Span"/>, unless documented otherwise.</param>
    /// <param name="Span">Where it stands in <see cref="Article.Text"/>.</param>
    // The parameters keep the names of the positional record this was: named arguments go on working.
    public TextSegment(string Text, TextSpan Span)
        : this(SpanText.Own(Text, Span))
    {
    }

    private TextSegment(SpanText text) => this.text = text;

    /// <summary>The text exactly as it stands at <see cref="Span"/>, unless documented otherwise.</summary>
    public string Text { get => this.text.Get(); init => this.text = this.text.WithText(value); }

    /// <summary>Where it stands in <see cref="Article.Text"/>.</summary>
    public TextSpan Span { get => this.text.Span; init => this.text = this.text.WithSpan(value); }

    /// <summary>The text's characters, without making a string of them.</summary>
    internal ReadOnlySpan<char> TextChars => this.text.Chars;

    /// <summary>Gives the text and span.</summary>
    /// <param name="Text">The text.</param>
    /// <param name="Span">Where it stands.</param>
    public void Deconstruct(out string Text, out TextSpan Span)
    {
        Text = this.Text;
        Span = this.text.Span;
    }

    /// <inheritdoc/>
    public bool Equals(TextSegment? other) =>
        ReferenceEquals(this, other) || (other is not null && this.text.SameAs(other.text));

    /// <inheritdoc/>
    public override int GetHashCode() => this.text.Hash();

    /// <summary>The segment of the text at <paramref name="span"/> of <paramref name="articleText"/>.</summary>
    internal static TextSegment InArticle(string articleText, TextSpan span) => new(SpanText.InSource(articleText, span));
}
