using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Text;

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
        => Tag(text, published, options, LexiconSet.Default, cancellationToken);

    /// <summary>Tags the text with the time words and holidays of <paramref name="lexicons"/>.</summary>
    internal static ImmutableArray<TimeExpression> Tag(string text, LocalDate? published, TimeOptions? options, LexiconSet lexicons, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The tokens and the lower-cased text are working memory of this call only: pooled, and
        // returned before the expressions (which hold neither) are handed back.
        var lower = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 16));
        var tokens = ArrayPool<TimeToken>.Shared.Rent((text.Length / 4) + 16);
        var found = ArrayPool<FoundTime>.Shared.Rent(32);
        try
        {
            var lexicon = lexicons.TimeWords;
            var count = TimeTokenizer.Tokenize(text, lexicon, lower, ref tokens);
            cancellationToken.ThrowIfCancellationRequested();
            var foundCount = new TimeScanner(tokens, count, lower, published, lexicon, options ?? TimeOptions.Default, lexicons.Holidays).Scan(ref found, cancellationToken);
            var expressions = new TimeExpression[foundCount];
            for (var i = 0; i < foundCount; i++)
            {
                var time = found[i];
                var start = tokens[time.StartToken].Start;
                var end = tokens[time.EndToken - 1].End;
                var span = TextSpan.FromBounds(start, end);
                var (precision, first, last) = time.Type is TimeType.Date or TimeType.Time ? TimexValue.Resolve(time.Value) : (null, null, null);
                expressions[i] = new TimeExpression(new TimeId(NumberedIds.Times.Of(i + 1)), SpanText.InSource(text, span), time.Type, time.Value)
                {
                    Precision = precision,
                    Start = first,
                    End = last,
                    Mod = time.Mod,
                };
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(expressions);
        }
        finally
        {
            ArrayPool<FoundTime>.Shared.Return(found, clearArray: true);
            ArrayPool<TimeToken>.Shared.Return(tokens);
            ArrayPool<char>.Shared.Return(lower);
        }
    }
}
