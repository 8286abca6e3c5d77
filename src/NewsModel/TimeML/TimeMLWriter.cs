using System.Text;

using NewsModel.Model;

namespace NewsModel.TimeML;

/// <summary>
/// Writes a <see cref="TimeMLDocument"/> back with an article's TIMEX3 tags in its <c>TEXT</c>
/// (the TempEval convention): everything outside <c>TEXT</c> exactly as read, the text escaped as
/// it was, the document's own tags inside <c>TEXT</c> removed and ours inserted.
/// </summary>
public static class TimeMLWriter
{
    /// <summary>Writes the document with the article's temporal expressions.</summary>
    /// <param name="document">The document the article was read from.</param>
    /// <param name="article">The article, whose text is <see cref="TimeMLDocument.Text"/>.</param>
    /// <returns>The TimeML document.</returns>
    public static string Write(TimeMLDocument document, Article article)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(article);
        if (!string.Equals(document.Text, article.Text, StringComparison.Ordinal))
        {
            throw new ArgumentException("the article was not read from this document's text", nameof(article));
        }

        return Write(document, article.Times);
    }

    /// <summary>Writes the document with the given temporal expressions.</summary>
    /// <param name="document">The document.</param>
    /// <param name="times">Expressions with spans in <see cref="TimeMLDocument.Text"/>. Expressions
    /// that overlap an earlier one, fall outside the text or cross a CDATA section are left out.</param>
    /// <returns>The TimeML document.</returns>
    public static string Write(TimeMLDocument document, IEnumerable<TimeExpression> times)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(times);
        var source = document.Source;
        var ordered = Usable(document, times);
        var output = new StringBuilder(source.Length + (ordered.Count * 80));
        output.Append(source, 0, document.ContentStart);

        var next = 0;
        var open = (TimeExpression?)null;
        foreach (var run in document.Runs)
        {
            var plain = run.PlainStart;
            var i = run.RawStart;
            if (run.IsCData)
            {
                // No tag falls inside a CDATA section (see Usable): copy it whole.
                Flush(output, ordered, plain, ref next, ref open);
                output.Append("<![CDATA[").Append(source, i, run.RawEnd - i).Append("]]>");
                continue;
            }

            while (i < run.RawEnd)
            {
                Flush(output, ordered, plain, ref next, ref open);
                var length = TimeMLDocument.EntityAt(source, i, run.RawEnd, out var decoded);
                if (length > 0)
                {
                    output.Append(source, i, length);
                    plain += decoded.Length;
                    i += length;
                }
                else
                {
                    output.Append(source[i]);
                    plain++;
                    i++;
                }
            }
        }

        Flush(output, ordered, document.Text.Length, ref next, ref open);
        output.Append(source, document.ContentEnd, source.Length - document.ContentEnd);
        return output.ToString();
    }

    // Emits the end tag and start tags that fall at plain offset `at`.
    private static void Flush(StringBuilder output, List<TimeExpression> times, int at, ref int next, ref TimeExpression? open)
    {
        if (open is { } current && current.Span.End == at)
        {
            output.Append("</TIMEX3>");
            open = null;
        }

        while (open is null && next < times.Count && times[next].Span.Start == at)
        {
            var time = times[next++];
            output.Append("<TIMEX3 tid=\"").Append(Escape(time.Id.Value))
                .Append("\" type=\"").Append(TypeName(time.Type))
                .Append("\" value=\"").Append(Escape(time.Value)).Append('"');
            if (time.Mod is { } mod)
            {
                output.Append(" mod=\"").Append(ModName(mod)).Append('"');
            }

            output.Append('>');
            if (time.Span.IsEmpty)
            {
                output.Append("</TIMEX3>");
            }
            else
            {
                open = time;
            }
        }
    }

    private static List<TimeExpression> Usable(TimeMLDocument document, IEnumerable<TimeExpression> times)
    {
        var sorted = times.OrderBy(t => t.Span.Start).ThenByDescending(t => t.Span.Length).ToList();
        var usable = new List<TimeExpression>(sorted.Count);
        var end = 0;
        foreach (var time in sorted)
        {
            if (!time.Span.FitsIn(document.Text.Length) || time.Span.IsEmpty || time.Span.Start < end || CrossesCData(document, time.Span))
            {
                continue;
            }

            usable.Add(time);
            end = time.Span.End;
        }

        return usable;
    }

    private static bool CrossesCData(TimeMLDocument document, TextSpan span)
    {
        foreach (var run in document.Runs)
        {
            var runSpan = new TextSpan(run.PlainStart, run.RawEnd - run.RawStart);
            if (run.IsCData && runSpan.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The TimeML name of a TIMEX3 type.</summary>
    /// <param name="type">The type.</param>
    /// <returns><c>DATE</c>, <c>TIME</c>, <c>DURATION</c> or <c>SET</c>.</returns>
    public static string TypeName(TimeType type) => type switch
    {
        TimeType.Date => "DATE",
        TimeType.Time => "TIME",
        TimeType.Duration => "DURATION",
        TimeType.Set => "SET",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The TimeML name of a TIMEX3 mod.</summary>
    /// <param name="mod">The mod.</param>
    /// <returns>Such as <c>START</c>, <c>APPROX</c>, <c>EQUAL_OR_LESS</c>.</returns>
    public static string ModName(TimeMod mod) => mod switch
    {
        TimeMod.Before => "BEFORE",
        TimeMod.After => "AFTER",
        TimeMod.OnOrBefore => "ON_OR_BEFORE",
        TimeMod.OnOrAfter => "ON_OR_AFTER",
        TimeMod.LessThan => "LESS_THAN",
        TimeMod.MoreThan => "MORE_THAN",
        TimeMod.EqualOrLess => "EQUAL_OR_LESS",
        TimeMod.EqualOrMore => "EQUAL_OR_MORE",
        TimeMod.Start => "START",
        TimeMod.Mid => "MID",
        TimeMod.End => "END",
        TimeMod.Approx => "APPROX",
        _ => throw new ArgumentOutOfRangeException(nameof(mod)),
    };

    private static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
