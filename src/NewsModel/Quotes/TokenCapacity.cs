using NewsModel.Model;

namespace NewsModel.Quotes;

/// <summary>
/// How many tokens a stretch of text can make at most, so that a token list can be sized once
/// rather than grown by doubling.
/// </summary>
internal static class TokenCapacity
{
    /// <summary>
    /// An upper bound of the tokens in a span: every token starts either a run of letters and
    /// digits or at a character that is neither a letter, a digit nor white space.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="span">The span.</param>
    /// <returns>The bound.</returns>
    public static int UpperBound(string text, TextSpan span)
    {
        var count = 0;
        var inRun = false;
        foreach (var c in text.AsSpan(span.Start, span.Length))
        {
            if (char.IsLetterOrDigit(c))
            {
                count += inRun ? 0 : 1;
                inRun = true;
            }
            else
            {
                count += char.IsWhiteSpace(c) ? 0 : 1;
                inRun = false;
            }
        }

        return count;
    }

    /// <summary>Sizes a token list for the longest of some spans.</summary>
    /// <typeparam name="T">The token type.</typeparam>
    /// <param name="list">The list.</param>
    /// <param name="text">The text.</param>
    /// <param name="spans">The spans that will be tokenised into the list one at a time.</param>
    public static void Reserve<T>(List<T> list, string text, ReadOnlySpan<TextSpan> spans)
    {
        var longest = -1;
        for (var i = 0; i < spans.Length; i++)
        {
            if (longest < 0 || spans[i].Length > spans[longest].Length)
            {
                longest = i;
            }
        }

        if (longest >= 0)
        {
            list.EnsureCapacity(UpperBound(text, spans[longest]));
        }
    }
}
