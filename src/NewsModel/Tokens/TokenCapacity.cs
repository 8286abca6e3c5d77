using NewsModel.Model;

namespace NewsModel.Tokens;

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
}
