using NewsModel.Model;
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
/// Where the quoted words of a block are. Quote marks are paired (<see cref="Find"/>): double marks
/// make the quotes; single marks inside them are nested quotes and do not end them. A quote opened
/// and never closed runs to the end of the block, as news does when a quote goes on into the next
/// paragraph, unless it opened inside a sentence: "The mayor called it “a disaster for the city.
/// The council met later." quotes "a disaster for the city" only. The block is then cut into
/// units (<see cref="Units"/>), its sentences merged so that no quote crosses from one to the
/// next ("“That is false!” Maher replied." is one unit).
/// </summary>
internal sealed class QuoteRegions
{
    private readonly QuoteRead read;
    private readonly QuoteCues cues;

    /// <summary>Makes the region rules of a read.</summary>
    /// <param name="read">The read, whose block's regions and units it finds.</param>
    /// <param name="cues">The cues, whose verbs join a short attribution to the quote before it.</param>
    public QuoteRegions(QuoteRead read, QuoteCues cues)
    {
        this.read = read;
        this.cues = cues;
    }

    /// <summary>
    /// Finds the regions of the block being read into <see cref="QuoteRead.Regions"/>, ends those
    /// left open inside a sentence at the sentence's end, and marks the tokens they hold as quoted.
    /// </summary>
    public void FindInBlock()
    {
        Find(this.read.Text, this.read.Tokens, this.read.Regions);
        this.EndUnclosedAtTheirSentence();
        this.read.MarkQuotedTokens();
    }

    /// <summary>Pairs the quote marks of a block's tokens.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="tokens">The block's tokens.</param>
    /// <param name="regions">The regions found, in order; emptied first.</param>
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

    // The mayor called it “a disaster for the city. The council met later.: a mark opened inside
    // a sentence and never closed quotes words of that sentence, not the narration after it; its
    // quote ends with the sentence. A mark that opens a sentence (or follows a colon) may run on
    // to the paragraph's end, as a quote that goes on into the next paragraph does.
    private void EndUnclosedAtTheirSentence()
    {
        var regions = this.read.Regions;
        for (var r = 0; r < regions.Count; r++)
        {
            var (open, close) = regions[r];
            var unclosed = close >= this.read.Tokens.Count || this.read.Tokens[close].Kind == TokenKind.OpenQuote;
            var insideSentence = open > 0 && (this.read.Tokens[open - 1].Kind is TokenKind.Word or TokenKind.Number || this.read.IsPunctuation(open - 1, ','));
            if (!unclosed || !insideSentence || !IsCurlyOpening(this.read.Text[this.read.Tokens[open].Start]))
            {
                continue;
            }

            var sentenceEnd = this.SentenceEndAfter(this.read.Tokens[open].End);
            for (var i = open + 1; i < Math.Min(close, this.read.Tokens.Count); i++)
            {
                if (this.read.Tokens[i].End >= sentenceEnd)
                {
                    // The sentence's last token stands for the closing mark: the words before it are quoted.
                    if (i + 1 < Math.Min(close, this.read.Tokens.Count) && i > open + 1)
                    {
                        regions[r] = new QuoteRegion(open, i);
                    }

                    break;
                }
            }
        }
    }

    // Only a typographic mark says for sure that it opens: a straight one is paired by turns, and
    // the one taken to open may close a quote whose opening mark is missing.
    private static bool IsCurlyOpening(char c) => c is '\u201C' or '\u201E' or '\u00AB';

    // Where the sentence holding an offset ends; the text's end when no sentence holds it.
    private int SentenceEndAfter(int offset)
        => this.read.Article.SentenceAt(offset) is var sentence and >= 0 ? this.read.Article.Sentences[sentence].Span.End : this.read.Text.Length;

    /// <summary>
    /// Sentences of the block, merged so that no quote crosses from one to the next: the units a
    /// cue is looked for in. Kept in the read's <see cref="QuoteRead.Units"/>.
    /// </summary>
    /// <returns>The units, as token indices, in order.</returns>
    public List<(int Start, int End)> Units()
    {
        var block = this.read.Block;
        var regions = this.read.Regions;
        // Blocks come in text order, so the sentences are walked once for the whole article.
        var sentences = this.read.Article.Sentences;
        while (this.read.NextSentence < sentences.Count && sentences[this.read.NextSentence].Span.End <= block.Start)
        {
            this.read.NextSentence++;
        }

        var units = this.read.Units;
        units.Clear();
        var start = 0;
        var region = 0;
        for (; this.read.NextSentence < sentences.Count && sentences[this.read.NextSentence].Span.End < block.End; this.read.NextSentence++)
        {
            var end = this.read.IndexAt(sentences[this.read.NextSentence].Span.End);
            while (region < regions.Count && regions[region].Close < end)
            {
                region++;
            }

            if (end <= start || (region < regions.Count && regions[region].Open < end))
            {
                continue;
            }

            units.Add((start, end));
            start = end;
        }

        if (start < this.read.Tokens.Count)
        {
            units.Add((start, this.read.Tokens.Count));
        }

        // "“That is false!” Maher replied." is one sentence to us: the splitter ends a sentence at
        // "!”", but a short attribution after it belongs to the quote.
        // Walked from the end, as a unit may absorb one that already absorbed the next; the kept
        // units are compacted in place rather than removed one by one, which would be quadratic.
        if (units.Count < 2)
        {
            return units;
        }

        var kept = units.Count - 1;
        for (var u = units.Count - 2; u >= 0; u--)
        {
            var (quoteStart, quoteEnd) = units[u];
            var (nextStart, nextEnd) = units[kept];
            // A quote nested inside may close just before ("…do you need?’”").
            var mark = quoteEnd - 2 >= quoteStart && this.read.Tokens[quoteEnd - 2].Kind == TokenKind.CloseQuote ? quoteEnd - 3 : quoteEnd - 2;
            if (mark >= quoteStart && this.read.Tokens[quoteEnd - 1].Kind == TokenKind.CloseQuote && (this.read.IsPunctuation(mark, '!') || this.read.IsPunctuation(mark, '?'))
                && nextEnd - nextStart <= 12 && this.cues.HasCueWithin(nextStart, Math.Min(nextEnd, nextStart + (this.read.IsCapitalized(nextStart) ? 5 : 8))))
            {
                units[kept] = (quoteStart, nextEnd);
            }
            else
            {
                units[--kept] = units[u];
            }
        }

        units.RemoveRange(0, kept);
        return units;
    }

    /// <summary>The unit holding a token; default (no unit is empty) when none does.</summary>
    /// <param name="units">The units, in order.</param>
    /// <param name="token">The token's index.</param>
    /// <returns>The unit.</returns>
    public static (int Start, int End) UnitAt(List<(int Start, int End)> units, int token)
    {
        // Units are contiguous and in order: the one holding a token, by binary search, or default.
        int lo = 0, hi = units.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (units[mid].Start <= token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && token < units[lo - 1].End ? units[lo - 1] : default;
    }

    private static bool IsUnitStartOf(int token, List<(int Start, int End)> units)
    {
        // No unit is empty, so default is no unit.
        var unit = UnitAt(units, token);
        return unit != default && unit.Start == token;
    }

    /// <summary>Whether a token starts a unit of the block, or a sentence inside one.</summary>
    /// <param name="token">The token's index.</param>
    /// <returns>Whether it does.</returns>
    public bool IsUnitStart(int token) => token == 0 || IsUnitStartOf(token, this.read.Units) || this.read.IsSentenceEnd(token - 1);

    /// <summary>The span of a region's words, inside its marks.</summary>
    /// <param name="region">The region.</param>
    /// <returns>The span.</returns>
    public TextSpan RegionSpan(QuoteRegion region)
    {
        var close = Math.Min(region.Close, this.read.Tokens.Count);
        return TextSpan.FromBounds(this.read.Tokens[Math.Min(region.First, close - 1)].Start, this.read.Tokens[close - 1].End);
    }

    /// <summary>
    /// Quoted words that are not a title or a nickname (not capitalised throughout).
    /// </summary>
    /// <param name="region">The region.</param>
    /// <returns>Whether they are.</returns>
    public bool IsPlainWords(QuoteRegion region)
    {
        var words = 0;
        var capitalized = 0;
        for (var i = region.First; i < Math.Min(region.Close, this.read.Tokens.Count); i++)
        {
            if (this.read.Tokens[i].Kind == TokenKind.Word)
            {
                words++;
                capitalized += this.read.IsCapitalized(i) ? 1 : 0;
            }
        }

        return words >= 2 && capitalized < words;
    }

    /// <summary>The index of the first region that closes at or after a token; the count when none does.</summary>
    /// <param name="regions">The regions, in order.</param>
    /// <param name="i">The token's index.</param>
    /// <returns>The index.</returns>
    public static int FirstRegionEndingAtOrAfter(List<QuoteRegion> regions, int i)
    {
        // Regions are disjoint and in order: binary search by their close.
        int lo = 0, hi = regions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (regions[mid].Close < i)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The index of the region that opens at a token, if one does.</summary>
    /// <param name="i">The token's index.</param>
    /// <param name="regions">The regions, in order.</param>
    /// <returns>The index, or null.</returns>
    public static int? StartsQuote(int i, List<QuoteRegion> regions)
    {
        var index = FirstRegionEndingAtOrAfter(regions, i);
        return index < regions.Count && regions[index].Open == i ? index : null;
    }

    /// <summary>The index of the region that holds a token (its marks included), if one does.</summary>
    /// <param name="i">The token's index.</param>
    /// <param name="regions">The regions, in order.</param>
    /// <returns>The index, or null.</returns>
    public static int? RegionAt(int i, List<QuoteRegion> regions)
    {
        var index = FirstRegionEndingAtOrAfter(regions, i);
        return index < regions.Count && regions[index].Open <= i ? index : null;
    }
}
