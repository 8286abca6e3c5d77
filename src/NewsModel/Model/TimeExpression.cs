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
/// <param name="Id">The expression's id (<c>t1</c>).</param>
/// <param name="Text">The expression as it stands, without a leading preposition.</param>
/// <param name="Span">Where it stands.</param>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">The TIMEX3 value: <c>2019-09-25</c>, <c>2019-W39</c>, <c>P3M</c>, <c>PAST_REF</c>, or an
/// unresolved form such as <c>XXXX-09</c> when the text gives no anchor.</param>
public sealed record TimeExpression(TimeId Id, string Text, TextSpan Span, TimeType Type, string Value)
{
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
}
