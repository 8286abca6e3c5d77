using NewsModel.Tokens;

namespace NewsModel.Quotes;

/// <summary>A stretch of tokens between an opening and a closing quote mark.</summary>
/// <param name="Open">The index of the opening mark.</param>
/// <param name="Close">The index of the closing mark, or the block's token count when the quote runs on past the block.</param>
internal readonly record struct QuoteRegion(int Open, int Close)
{
    public bool IsClosed(int tokenCount) => this.Close < tokenCount;

    /// <summary>The first token inside the marks.</summary>
    public int First => this.Open + 1;
}

/// <summary>
/// Pairs quote marks in a block (a paragraph, headline or caption). Double marks make the
/// quotes; single marks inside them are nested quotes and do not end them. A quote opened and
/// never closed runs to the end of the block, as news does when a quote goes on into the next
/// paragraph.
/// </summary>
internal static class QuoteRegions
{
    public static void Find(string text, List<Token> tokens, List<QuoteRegion> regions)
    {
        regions.Clear();
        var open = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsQuote || !IsDouble(text, token))
            {
                continue;
            }

            if (open < 0)
            {
                // A closing mark with nothing open, such as the ” of a quote continued from the
                // paragraph before, opens nothing.
                if (token.Kind == TokenKind.OpenQuote || IsStraight(text[token.Start]))
                {
                    open = i;
                }

                continue;
            }

            if (token.Kind == TokenKind.CloseQuote || IsStraight(text[token.Start]))
            {
                if (i > open + 1)
                {
                    regions.Add(new QuoteRegion(open, i));
                }

                open = -1;
            }
            else
            {
                // A second opening mark before any close: the first quote ran on without closing.
                regions.Add(new QuoteRegion(open, i));
                open = i;
            }
        }

        if (open >= 0 && open + 1 < tokens.Count)
        {
            regions.Add(new QuoteRegion(open, tokens.Count));
        }
    }

    private static bool IsStraight(char c) => c is '"' or '\'' or '`';

    /// <summary>Whether a quote mark is a double one (a single mark may be an apostrophe: "Sanders’ plan").</summary>
    public static bool IsDouble(string text, Token token)
        => token.Span.Length == 2 || text[token.Start] is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';
}
