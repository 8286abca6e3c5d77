using NodaTime;

namespace NewsModel.Model;

/// <summary>TimeML's TIMEX3 types.</summary>
public enum TimeType
{
    /// <summary>A calendar date or period: "Wednesday", "May 2018", "last year".</summary>
    Date,

    /// <summary>A time of day: "3pm", "Wednesday morning".</summary>
    Time,

    /// <summary>A length of time: "three weeks" (<c>P3W</c>).</summary>
    Duration,

    /// <summary>A recurring time: "every year".</summary>
    Set,
}

/// <summary>How precisely a date is known.</summary>
public enum TimePrecision
{
    /// <summary>A time of day.</summary>
    Time,

    /// <summary>A day.</summary>
    Day,

    /// <summary>A week.</summary>
    Week,

    /// <summary>A month.</summary>
    Month,

    /// <summary>A season.</summary>
    Season,

    /// <summary>A quarter.</summary>
    Quarter,

    /// <summary>A year.</summary>
    Year,

    /// <summary>A decade.</summary>
    Decade,

    /// <summary>A century.</summary>
    Century,
}

/// <summary>TimeML's TIMEX3 <c>mod</c> values.</summary>
public enum TimeMod
{
    /// <summary>"before".</summary>
    Before,

    /// <summary>"after".</summary>
    After,

    /// <summary>"on or before".</summary>
    OnOrBefore,

    /// <summary>"on or after".</summary>
    OnOrAfter,

    /// <summary>"less than".</summary>
    LessThan,

    /// <summary>"more than".</summary>
    MoreThan,

    /// <summary>"no more than".</summary>
    EqualOrLess,

    /// <summary>"at least".</summary>
    EqualOrMore,

    /// <summary>"early".</summary>
    Start,

    /// <summary>"mid".</summary>
    Mid,

    /// <summary>"late".</summary>
    End,

    /// <summary>"about".</summary>
    Approx,
}

/// <summary>A temporal expression (TimeML's TIMEX3), resolved against the publication date.</summary>
/// <remarks>
/// An expression read from an article makes the string of its <see cref="Text"/> only when that is
/// first asked for; until then it holds the article's text. Two expressions are equal when all
/// their values are.
/// </remarks>
public sealed record TimeExpression
{
    private SpanText text;

    /// <summary>Creates an expression.</summary>
    /// <param name="Id">The expression's id (<c>t1</c>).</param>
    /// <param name="Text">The expression as it stands, without a leading preposition.</param>
    /// <param name="Span">Where it stands.</param>
    /// <param name="Type">The TIMEX3 type.</param>
    /// <param name="Value">The TIMEX3 value: <c>2019-09-25</c>, <c>2019-W39</c>, <c>P3M</c>, <c>PAST_REF</c>, or an
    /// unresolved form such as <c>XXXX-09</c> when the text gives no anchor.</param>
    // The parameters keep the names of the positional record this was: named arguments go on working.
    public TimeExpression(TimeId Id, string Text, TextSpan Span, TimeType Type, string Value)
        : this(Id, SpanText.Own(Text, Span), Type, Value)
    {
    }

    // For an expression read from an article: the text is SpanText.InSource of the article's text.
    internal TimeExpression(TimeId id, SpanText text, TimeType type, string value)
    {
        this.Id = id;
        this.text = text;
        this.Type = type;
        this.Value = value;
    }

    /// <summary>The expression's id (<c>t1</c>).</summary>
    public TimeId Id { get; init; }

    /// <summary>The expression as it stands, without a leading preposition.</summary>
    public string Text { get => this.text.Get(); init => this.text = this.text.WithText(value); }

    /// <summary>Where it stands.</summary>
    public TextSpan Span { get => this.text.Span; init => this.text = this.text.WithSpan(value); }

    /// <summary>The TIMEX3 type.</summary>
    public TimeType Type { get; init; }

    /// <summary>
    /// The TIMEX3 value: <c>2019-09-25</c>, <c>2019-W39</c>, <c>P3M</c>, <c>PAST_REF</c>, or an
    /// unresolved form such as <c>XXXX-09</c> when the text gives no anchor.
    /// </summary>
    public string Value { get; init; }

    /// <summary>How precisely the date is known; null for durations and references such as "now".</summary>
    public TimePrecision? Precision { get; init; }

    /// <summary>The first day the expression covers, when resolved.</summary>
    public LocalDate? Start { get; init; }

    /// <summary>The last day the expression covers, when resolved.</summary>
    public LocalDate? End { get; init; }

    /// <summary>The TIMEX3 modifier ("early", "about"), if any.</summary>
    public TimeMod? Mod { get; init; }

    /// <summary>The days covered, when both ends are resolved.</summary>
    public DateInterval? Interval => this.Start is { } start && this.End is { } end && start <= end ? new DateInterval(start, end) : null;

    /// <summary>The text's characters, without making a string of them.</summary>
    internal ReadOnlySpan<char> TextChars => this.text.Chars;

    /// <summary>Gives the id, text, span, type and value.</summary>
    /// <param name="Id">The expression's id.</param>
    /// <param name="Text">The expression as it stands.</param>
    /// <param name="Span">Where it stands.</param>
    /// <param name="Type">The TIMEX3 type.</param>
    /// <param name="Value">The TIMEX3 value.</param>
    public void Deconstruct(out TimeId Id, out string Text, out TextSpan Span, out TimeType Type, out string Value)
    {
        Id = this.Id;
        Text = this.Text;
        Span = this.text.Span;
        Type = this.Type;
        Value = this.Value;
    }

    /// <inheritdoc/>
    public bool Equals(TimeExpression? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && this.Id == other.Id
            && this.Type == other.Type
            && string.Equals(this.Value, other.Value, StringComparison.Ordinal)
            && this.Precision == other.Precision
            && this.Start == other.Start
            && this.End == other.End
            && this.Mod == other.Mod
            && this.text.SameAs(other.text));

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(this.Id, this.Type, this.Value, this.Precision, this.Start, this.End, this.Mod, this.text.Hash());
}
