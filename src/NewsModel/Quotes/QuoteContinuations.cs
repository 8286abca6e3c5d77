using System.Buffers;
using System.Collections.Immutable;

using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Text;
using NewsModel.Tokens;

namespace NewsModel.Quotes;

/// <summary>
/// Quoted words that go on from a quote found before, and quoted words that no cue claimed:
/// "“A,” she said. “B.”" (the quote goes on after its attribution, as a second part), a quote
/// left open at a paragraph's end that the next paragraph goes on with, a paragraph that is only a
/// quote (the last speaker's words), "Trump groused to a crowd that CNN “doesn’t treat me
/// properly”" (the words of the sentence's subject), and a fragment in the writer's sentence whose
/// words a quote of the article says in full ("the “opposition forces”": a partial quote of that
/// quote's speaker, found later in the text as often as earlier).
/// </summary>
internal sealed class QuoteContinuations
{
    // How far a partial quote looks for the quote it echoes: quotes back, characters ahead.
    private const int EchoQuotes = 32;
    private const int EchoWindow = 4000;

    private readonly QuoteRead read;
    private readonly QuoteRegions quoteRegions;
    private readonly QuoteBoundaries boundaries;

    /// <summary>Makes the continuation rules of a read.</summary>
    /// <param name="read">The read, whose found quotes are continued.</param>
    /// <param name="quoteRegions">The block's quote regions.</param>
    /// <param name="boundaries">Makes the quotes of the words of a sentence's subject.</param>
    public QuoteContinuations(QuoteRead read, QuoteRegions quoteRegions, QuoteBoundaries boundaries)
    {
        this.read = read;
        this.quoteRegions = quoteRegions;
        this.boundaries = boundaries;
    }

    /// <summary>
    /// Adds the quotes of the block's regions that no cue claimed: the rest of a quote found before,
    /// a quote of the last speaker, a partial quote, or the words of the sentence's subject.
    /// </summary>
    /// <param name="blockIndex">The index of the block.</param>
    /// <param name="firstQuoteOfBlock">The index of the first quote found in the block.</param>
    /// <param name="continued">The quote left open at the end of the block before, or -1.</param>
    public void AddUnclaimed(int blockIndex, int firstQuoteOfBlock, int continued)
    {
        var regions = this.read.Regions;
        for (var r = 0; r < regions.Count; r++)
        {
            if (this.read.IsUsed(r))
            {
                continue;
            }

            // “A,” she said. “B.” — the quote goes on after its attribution, in the same paragraph
            // or, when its marks were left open, in the next one.
            var previous = r == 0 && regions[r].Open == 0 && continued >= 0 ? continued : this.LastDirectOfBlock(firstQuoteOfBlock, regions[r]);
            if (previous >= 0 && this.quoteRegions.IsUnitStart(regions[r].Open))
            {
                this.Extend(previous, this.quoteRegions.RegionSpan(regions[r]));
                this.read.Use(r);
                continue;
            }

            if (this.Unclaimed(regions[r], blockIndex, firstQuoteOfBlock) is { } quote)
            {
                this.read.Add(quote, blockIndex);
            }
            else if (!this.read.IsDeferred(this.quoteRegions.RegionSpan(regions[r])) && this.WordsOfTheSubject(regions[r]) is { } carried)
            {
                this.read.Add(carried, blockIndex);
            }
        }
    }

    /// <summary>Notes the last quote found when its marks are still open at the block's end: it may go on in the next block.</summary>
    public void KeepOpenQuote()
    {
        var regions = this.read.Regions;
        var found = this.read.Found;
        if (regions.Count > 0 && !regions[^1].IsClosed(this.read.Tokens.Count) && found.Count > 0)
        {
            var last = found.Count - 1;
            var lastRegion = this.quoteRegions.RegionSpan(regions[^1]);
            if (found[last].Kind == QuoteKind.Direct && found[last].Span.End == lastRegion.End)
            {
                this.read.OpenQuote = last;
            }
        }
    }

    /// <summary>
    /// Adds the partial quotes whose words a later quote says, once the whole article is read: each
    /// is the words of the quote that holds them where they stand again, if it has a speaker.
    /// </summary>
    public void AddDeferred()
    {
        var found = this.read.Found;
        if (this.read.Deferred.Count == 0)
        {
            return;
        }

        // Quotes found so far never overlap: the one holding an offset is the last to start at or before it.
        var count = found.Count;
        var rented = ArrayPool<QuoteDraft>.Shared.Rent(count);
        var bySpan = rented.AsSpan(0, count);
        found.AsSpan().CopyTo(bySpan);
        bySpan.Sort(static (x, y) => x.Span.CompareTo(y.Span));
        foreach (var (quote, offset) in this.read.Deferred)
        {
            var echo = QuoteHolding(bySpan, offset);
            if (echo is { Speaker: not null } && this.read.TryTake(quote.Span))
            {
                found.Add(quote with { Speaker = echo.Value.Speaker });
            }
        }

        if (rented.Length > 0)
        {
            ArrayPool<QuoteDraft>.Shared.Return(rented, clearArray: true);
        }
    }

    /// <summary>
    /// “A. (a paragraph left open, that no cue claimed) / “B,” Lee said.: the attributed quote that
    /// opens the next paragraph is the rest of the open one, and its attribution is the whole's.
    /// Both open with the same mark: a straight mark before a curly one is another hand's (an
    /// excerpt's paragraphs each opened with a mark, then a quote inside the excerpt).
    /// </summary>
    public bool ContinuesOpenQuote(int continued, QuoteDraft quote)
    {
        var regions = this.read.Regions;
        var open = this.read.Found[continued];
        return open.Cue is null && open.Kind == QuoteKind.Direct && quote.Kind == QuoteKind.Direct
            && regions.Count > 0 && regions[0].Open == 0 && quote.Span.Start == this.quoteRegions.RegionSpan(regions[0]).Start
            && open.Span.Start > 0 && this.read.Text[open.Span.Start - 1] == this.read.Text[this.read.Tokens[0].Start];
    }

    /// <summary>
    /// Makes the attributed quote that opens a block (see <see cref="ContinuesOpenQuote"/>) the rest
    /// of the quote left open before it: one quote in parts, with the rest's attribution.
    /// </summary>
    /// <param name="index">The index of the open quote among those found.</param>
    /// <param name="rest">The attributed quote.</param>
    /// <param name="blockIndex">The index of the rest's block.</param>
    public void Absorb(int index, QuoteDraft rest, int blockIndex)
    {
        var quote = this.read.Found[index];
        var span = TextSpan.FromBounds(quote.Span.Start, rest.Span.End);
        this.read.MoveTaken(quote.Span, span);
        quote.Parts = (quote.Parts.IsDefaultOrEmpty ? [quote.Span] : quote.Parts).AddRange(rest.Parts.IsDefaultOrEmpty ? [rest.Span] : rest.Parts);
        quote.Span = span;
        quote.Speaker = rest.Speaker;
        quote.SpeakerMention = rest.SpeakerMention;
        quote.Cue = rest.Cue;
        this.read.Found[index] = quote;
        this.read.RememberSpeaker(rest, blockIndex);
    }

    // The last direct quote found in this block before the region, if no other quote lies between.
    private int LastDirectOfBlock(int firstOfBlock, QuoteRegion region)
    {
        var open = this.read.Tokens[region.Open].Start;
        for (var i = this.read.Found.Count - 1; i >= firstOfBlock; i--)
        {
            var quote = this.read.Found[i];
            if (quote.Span.End <= open)
            {
                return quote.Kind == QuoteKind.Direct && quote.Speaker is not null | quote.SpeakerMention is not null ? i : -1;
            }
        }

        return -1;
    }

    private void Extend(int index, TextSpan region)
    {
        var quote = this.read.Found[index];
        var span = TextSpan.FromBounds(quote.Span.Start, Math.Max(quote.Span.End, region.End));

        // What lies between the quote and its next part (an attribution, a paragraph's break and
        // mark) is no part of either.
        if (region.Start >= quote.Span.End)
        {
            quote.Parts = quote.Parts.IsDefaultOrEmpty ? ImmutableArray.Create(quote.Span, region) : quote.Parts.Add(region);
        }

        this.read.MoveTaken(quote.Span, span);
        quote.Span = span;
        this.read.Found[index] = quote;
    }

    /// <summary>
    /// A quote that no cue claimed: a paragraph that is only a quote continues the last speaker; a
    /// fragment inside the writer's sentence is a partial quote of whoever said those words.
    /// </summary>
    public QuoteDraft? Unclaimed(QuoteRegion region, int blockIndex, int firstQuoteOfBlock)
    {
        var close = Math.Min(region.Close, this.read.Tokens.Count);
        if (close <= region.First)
        {
            return null;
        }

        var span = TextSpan.FromBounds(this.read.Tokens[region.First].Start, this.read.Tokens[close - 1].End);
        var wholeBlock = region.Open == 0 && (close >= this.read.Tokens.Count - 1 || this.boundaries.OnlyPunctuationBetween(close, this.read.Tokens.Count));
        var contentWords = 0;
        var capitalized = 0;
        for (var i = region.First; i < close; i++)
        {
            if (this.read.Tokens[i].Kind == TokenKind.Word)
            {
                contentWords++;
                capitalized += this.read.IsCapitalized(i) ? 1 : 0;
            }
        }

        if (wholeBlock || (region.Open == 0 && contentWords >= 6))
        {
            var previous = blockIndex - this.read.LastAttributionBlock <= 1 || this.read.Found.Count > firstQuoteOfBlock ? this.read.LastAttribution : null;
            return new QuoteDraft(QuoteKind.Direct, span)
            {
                Speaker = previous?.Speaker,
                SpeakerMention = previous?.Mention,
            };
        }

        // Titles and nicknames ("Saturday Night Live", "Shorty") are capitalised throughout: not quotes.
        if (contentWords == 0 || capitalized == contentWords)
        {
            return null;
        }

        var echo = this.SpeakerOfWords(span);
        if (echo is null)
        {
            return null;
        }

        var partial = new QuoteDraft(QuoteKind.Partial, span) { Speaker = echo.Value.Speaker };
        if (echo.Value.Deferred is { } offset)
        {
            this.read.Defer(partial, offset);
            return null;
        }

        return partial;
    }

    /// <summary>
    /// "Trump groused to a crowd that CNN “doesn’t treat me properly”": quoted words in a sentence
    /// whose subject is a person, with a verb the lexicon does not know, are that person's words.
    /// </summary>
    public QuoteDraft? WordsOfTheSubject(QuoteRegion region)
    {
        var unit = QuoteRegions.UnitAt(this.read.Units, region.Open);
        if (region.Close >= unit.End)
        {
            unit = default;
        }

        if (unit == default || region.Open == unit.Start || !this.quoteRegions.IsPlainWords(region))
        {
            return null;
        }

        for (var i = unit.Start; i < region.Open - 1; i++)
        {
            var isSubject = (this.read.Is(i, WordClass.PronounSubject) && !this.read.Is(i, WordClass.PronounRelative | WordClass.PronounFirst | WordClass.PronounSecond))
                || (this.read.IsCapitalized(i) && !this.read.Is(i, WordClass.Determiner | WordClass.Preposition | WordClass.Conjunction | WordClass.Adverb | WordClass.Complementizer));
            if (!isSubject)
            {
                continue;
            }

            // Only the sentence's own subject: first, or after an opening phrase and its comma.
            if (i != unit.Start && !this.read.IsPunctuation(i - 1, ','))
            {
                return null;
            }

            // The subject is the first one of the sentence: it says the quoted words, or no one does.
            var verb = i + 1;
            while (verb < region.Open && this.read.IsCapitalized(verb) && !this.read.Is(i, WordClass.PronounSubject))
            {
                verb++;
            }

            if (verb >= region.Open || this.read.Tokens[verb].Kind != TokenKind.Word || this.read.IsCapitalized(verb)
                || this.read.Is(verb, WordClass.Preposition | WordClass.Conjunction | WordClass.Determiner | WordClass.Complementizer | WordClass.Auxiliary)
                || !(this.read.Word(verb).EndsWith("ed", StringComparison.Ordinal) || this.read.Word(verb).EndsWith('s') || this.read.Is(verb, WordClass.IrregularPast)))
            {
                return null;
            }

            var attribution = new Attribution(null, this.read.SpanOf(i, verb));
            return this.boundaries.MakeQuote(verb + 1, this.boundaries.TrimEnd(unit.Start, unit.End), attribution, this.read.SpanOf(verb, verb + 1));
        }

        return null;
    }

    // The speaker of another quote of the article whose words include these ("the “opposition
    // forces”" echoes "... with the opposition forces").
    private Attribution? SpeakerOfWords(TextSpan span)
    {
        // Only nearby quotes are searched, which keeps the work linear in the article.
        var words = this.read.Text.AsSpan(span.Start, span.Length);
        for (var i = this.read.Found.Count - 1; i >= Math.Max(0, this.read.Found.Count - EchoQuotes); i--)
        {
            var quote = this.read.Found[i];
            if (quote.Speaker is not null && !quote.Span.Overlaps(span) && this.read.Text.AsSpan(quote.Span.Start, quote.Span.Length).Contains(words, StringComparison.OrdinalIgnoreCase))
            {
                return new Attribution(quote.Speaker, null);
            }
        }

        // Quotes later in the article are not found yet: look ahead in the text itself.
        var ahead = this.read.Text.AsSpan(span.End, Math.Min(EchoWindow, this.read.Text.Length - span.End));
        var later = ahead.IndexOf(words, StringComparison.OrdinalIgnoreCase);
        return later >= 0 ? new Attribution(null, null) { Deferred = span.End + later } : null;
    }

    private static QuoteDraft? QuoteHolding(ReadOnlySpan<QuoteDraft> bySpan, int offset)
    {
        int lo = 0, hi = bySpan.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (bySpan[mid].Span.Start <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && offset < bySpan[lo - 1].Span.End ? bySpan[lo - 1] : null;
    }
}
