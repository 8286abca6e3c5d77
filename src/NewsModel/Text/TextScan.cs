using System.Buffers;

using NewsModel.Model;

namespace NewsModel.Text;

/// <summary>Small, allocation-free helpers over spans of an article's text.</summary>
internal static class TextScan
{
    /// <summary>
    /// Whether <paramref name="c"/> is white space. <see cref="char.IsWhiteSpace(char)"/> already
    /// covers tabs, U+00A0 and the other Unicode spaces; the zero-width no-break space (U+FEFF),
    /// which survives in pasted text when a BOM is not at the start, is treated as white space too.
    /// </summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';

    /// <summary>Trims white space from both ends of the range.</summary>
    public static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Trims white space from both ends of the span.</summary>
    public static TextSpan Trim(string text, TextSpan span) => Trim(text, span.Start, span.End);

    /// <summary>The segment of <paramref name="text"/> at <paramref name="span"/>.</summary>
    public static TextSegment Segment(string text, TextSpan span) => TextSegment.InArticle(text, span);

    /// <summary>
    /// The letters of the word that ends just before an offset, past any white space, not reaching
    /// back before a limit: the word before a name ("with Smith"), or the last word of a span.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="offset">Where the look back starts.</param>
    /// <param name="limit">How far back it may go.</param>
    /// <returns>The word's span; empty when letters do not end there.</returns>
    public static TextSpan WordBefore(string text, int offset, int limit = 0)
    {
        var end = offset;
        while (end > limit && IsSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > limit && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Whether the character is an opening quote mark or bracket.</summary>
    public static bool IsOpeningQuote(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '„' or '‚' or '‹';

    /// <summary>Whether the character closes a quote or a bracket.</summary>
    public static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}';

    /// <summary>Whether the character ends a sentence.</summary>
    public static bool IsTerminator(char c) => c is '.' or '?' or '!' or '…';

    /// <summary>The characters that end a sentence, as <see cref="IsTerminator"/> tells them.</summary>
    public static SearchValues<char> Terminators { get; } = SearchValues.Create(".?!…");

    /// <summary>Counts the words (runs of non-space characters) of the span, stopping past <paramref name="limit"/>.</summary>
    public static int CountWords(ReadOnlySpan<char> text, int limit)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++count > limit)
                {
                    return count;
                }
            }
        }

        return count;
    }
}
