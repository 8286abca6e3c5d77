using System.Collections.Immutable;
using System.Globalization;

using NewsModel.Model;

using NodaTime;

namespace NewsModel.Times;

/// <summary>
/// Finds the temporal expressions of a text and resolves them against a publication date: the
/// work of <see cref="TimeStage"/>, usable on its own. Thread-safe.
/// </summary>
public static class TimeTagger
{
    /// <summary>Finds and resolves the temporal expressions of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="published">The publication date; without one, relative expressions keep their unresolved TIMEX3 forms.</param>
    /// <param name="options">Conventions; <see cref="TimeOptions.Default"/> when null.</param>
    /// <returns>The expressions in text order, with ids <c>t1</c>, <c>t2</c>, ...</returns>
    public static ImmutableArray<TimeExpression> Tag(string text, LocalDate? published, TimeOptions? options = null)
        => Tag(text, published, options, CancellationToken.None);

    /// <summary>Tags the text, checking <paramref name="cancellationToken"/> token by token.</summary>
    internal static ImmutableArray<TimeExpression> Tag(string text, LocalDate? published, TimeOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = TimeTokenizer.Tokenize(text);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new TimeScanner(tokens, published, TimeLexicon.Default, options ?? TimeOptions.Default).Scan(cancellationToken);
        var builder = ImmutableArray.CreateBuilder<TimeExpression>(found.Count);
        foreach (var time in found)
        {
            var start = tokens[time.StartToken].Start;
            var end = tokens[time.EndToken - 1].End;
            var span = TextSpan.FromBounds(start, end);
            var (precision, first, last) = time.Type is TimeType.Date or TimeType.Time ? TimexValue.Resolve(time.Value) : (null, null, null);
            builder.Add(new TimeExpression(new TimeId("t" + (builder.Count + 1).ToString(CultureInfo.InvariantCulture)), span.Slice(text), span, time.Type, time.Value)
            {
                Precision = precision,
                Start = first,
                End = last,
                Mod = time.Mod,
            });
        }

        return builder.MoveToImmutable();
    }
}
