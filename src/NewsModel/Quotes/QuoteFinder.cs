using System.Buffers;
using System.Collections.Immutable;

using NewsModel.Extraction;
using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Text;
using NewsModel.Tokens;

namespace NewsModel.Quotes;

/// <summary>
/// Finds the quotes of one article, block by block (headline, standfirst, captions,
/// paragraphs). First every reporting cue outside quote marks is read with its speaker and
/// content; then the quote marks no cue claimed become continuations of the previous speaker or
/// partial quotes. One instance reads one article.
/// </summary>
internal sealed class QuoteFinder : IDisposable, IReusable
{
    private const int MaxSubjectTokens = 8;

    // "Nefzi, a chemistry professor and a member of the mosque's board, said".
    private const int MaxAppositiveTokens = 16;

    // How far a partial quote looks for the quote it echoes: quotes back, characters ahead.
    private const int EchoQuotes = 32;
    private const int EchoWindow = 4000;

    // A finder whose lists grew past this many items (a long text) is not kept for another read.
    private const int MaxKeptItems = 4096;

    // The read under way (see Begin): a finder serves one read at a time and is kept for the next,
    // with its lists.
    private Article article = null!;
    private string text = string.Empty;
    private readonly ReportingVerbLexicon cues;
    private readonly CueStarts cueStarts;
    private readonly WordClasses words;
    private SpeakerResolver speakers = null!;
    private BlockTokens blockTokens = null!;
    // The block being read, whose tokens this.tokens holds: its part-of-speech tags are asked for by it.
    private TextSpan block;
    private readonly RentedList<QuoteDraft> found = new();

    // The current block's tokens, a list of the read's shared token cache (not to be changed); an
    // empty list of the finder's own before the first block.
    private readonly List<Token> ownTokens = [];
    private List<Token> tokens;

    // Per-block working lists and arrays, reused from block to block; the arrays are rented and
    // returned when the article is done.
    private readonly List<QuoteRegion> regions = [];
    private readonly List<(int Start, int End)> units = [];
    private bool[] inQuote = [];
    private bool[] used = [];

    // The word classes of the block's tokens, looked up once per token rather than per question;
    // Unclassified until the first question.
    private const WordClass Unclassified = (WordClass)(1L << 62);
    private WordClass[] classes = [];

    // Partial quotes whose words a later quote repeats, with the offset where they stand again.
    private readonly List<(QuoteDraft Quote, int Offset)> deferred = [];

    // The spans of the deferred quotes, so that a block of many quote marks stays linear.
    // Made for the first deferred quote: most articles have none.
    private HashSet<TextSpan>? deferredSpans;

    // A quote whose marks were still open at the end of the last block: a block that opens with a
    // quote mark goes on with it (news reopens the quote at each paragraph without closing it).
    private int openQuote = -1;

    // An attribution that ended its block with a colon ("Ward stated:"): the next block is its content.
    private (Attribution Attribution, TextSpan Cue)? pendingColon;

    // The subject of the last attribution read (token indices in the current block).
    private (int Start, int End)? lastSubject;

    // The next sentence to look at when cutting a block into units.
    private int nextSentence;

    // The spans of the quotes found, in text order, to refuse overlapping ones.
    private readonly RentedList<TextSpan> taken = new();

    // The speaker of the last attributed quote and the block it was in: a paragraph that is only
    // a quote continues it.
    private Attribution? lastAttribution;
    private int lastAttributionBlock = -10;

    public QuoteFinder(ReportingVerbLexicon cues, CueStarts cueStarts)
    {
        this.cues = cues;
        this.cueStarts = cueStarts;
        this.words = WordClasses.Default;
        this.tokens = this.ownTokens;
    }

    /// <summary>Whether the finder's lists are small enough to keep for another read.</summary>
    public bool IsWorthKeeping => this.regions.Capacity <= MaxKeptItems && this.units.Capacity <= MaxKeptItems && this.deferred.Capacity <= MaxKeptItems;

    /// <summary>Starts a read of <paramref name="article"/>, from a state that nothing of an earlier read is left in.</summary>
    public void Begin(Article article, SpeakerResolver speakers, BlockTokens blockTokens)
    {
        this.article = article;
        this.text = article.Text;
        this.speakers = speakers;
        this.blockTokens = blockTokens;
        this.tokens = this.ownTokens;
        this.regions.Clear();
        this.units.Clear();
        this.deferred.Clear();
        this.deferredSpans?.Clear();
        this.openQuote = -1;
        this.pendingColon = null;
        this.lastSubject = null;
        this.nextSentence = 0;
        this.lastAttribution = null;
        this.lastAttributionBlock = -10;
    }

    /// <summary>Finds the quotes, sorted by span, as drafts without ids; the list is the finder's own, until it is disposed.</summary>
    public RentedList<QuoteDraft> Find(CancellationToken cancellationToken = default)
    {
        try
        {
            using var blocks = Blocks(this.article);
            for (var b = 0; b < blocks.Count; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                this.ReadBlock(blocks[b], b);
            }
        }
        finally
        {
            Return(this.inQuote);
            Return(this.used);
            Return(this.classes);
            this.inQuote = this.used = [];
            this.classes = [];
        }

        if (this.deferred.Count > 0)
        {
            // Quotes found so far never overlap: the one holding an offset is the last to start at or before it.
            var count = this.found.Count;
            var rented = ArrayPool<QuoteDraft>.Shared.Rent(count);
            var bySpan = rented.AsSpan(0, count);
            this.found.AsSpan().CopyTo(bySpan);
            bySpan.Sort(static (x, y) => x.Span.CompareTo(y.Span));
            foreach (var (quote, offset) in this.deferred)
            {
                var echo = QuoteHolding(bySpan, offset);
                if (echo is { Speaker: not null } && this.TryTake(quote.Span))
                {
                    this.found.Add(quote with { Speaker = echo.Value.Speaker });
                }
            }

            if (rented.Length > 0)
            {
                ArrayPool<QuoteDraft>.Shared.Return(rented, clearArray: true);
            }
        }

        this.found.AsSpan().Sort(static (x, y) => x.Span.CompareTo(y.Span));
        return this.found;
    }

    /// <summary>Ends a read under way, if any.</summary>
    public void Dispose() => this.End();

    /// <inheritdoc />
    public bool Reset()
    {
        this.End();
        return this.IsWorthKeeping;
    }

    /// <summary>Ends the read: returns the rented drafts (the list <see cref="Find"/> gave) and lets the article go.</summary>
    public void End()
    {
        this.found.Dispose();
        this.taken.Dispose();
        this.deferred.Clear();
        this.article = null!;
        this.text = string.Empty;
        this.speakers = null!;
        this.blockTokens = null!;
        this.tokens = this.ownTokens;
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

    // Claims a span unless a quote already found overlaps it; spans arrive nearly in text order.
    private bool TryTake(TextSpan span)
    {
        var index = this.taken.Count;
        while (index > 0 && this.taken[index - 1].Start > span.Start)
        {
            index--;
        }

        if ((index > 0 && this.taken[index - 1].Overlaps(span)) || (index < this.taken.Count && this.taken[index].Overlaps(span)))
        {
            return false;
        }

        this.taken.Insert(index, span);
        return true;
    }

    private static RentedList<TextSpan> Blocks(Article article)
    {
        var blocks = article.ProseBlocks();
        if (blocks.Count == 0 && article.Text.Length > 0)
        {
            blocks.Add(new TextSpan(0, article.Text.Length));
        }

        return blocks;
    }

    private void ReadBlock(TextSpan block, int blockIndex)
    {
        this.tokens = this.blockTokens.Of(this.text, block);
        this.block = block;
        if (this.tokens.Count == 0)
        {
            return;
        }

        var regions = this.regions;
        QuoteRegions.Find(this.text, this.tokens, regions);
        this.EndUnclosedAtTheirSentence(regions);
        var inQuote = Cleared(ref this.inQuote, this.tokens.Count);
        foreach (var region in regions)
        {
            for (var i = region.Open; i < Math.Min(region.Close + 1, this.tokens.Count); i++)
            {
                inQuote[i] = true;
            }
        }

        var used = Cleared(ref this.used, regions.Count);
        this.ClassifyWords();
        var units = this.Units(block, regions);
        var blockQuotes = this.found.Count;
        this.lastSubject = null;
        if (this.pendingColon is { } colon)
        {
            this.pendingColon = null;
            if (this.MakeQuote(0, this.tokens.Count, regions, used, colon.Attribution, colon.Cue) is { } announced)
            {
                this.Add(announced, blockIndex);
                this.openQuote = -1;
                return;
            }
        }

        var continued = this.openQuote;
        this.openQuote = -1;
        foreach (var (start, end) in units)
        {
            for (var i = start; i < end; i++)
            {
                if (inQuote[i] || !this.TryCue(i, end, out var cueEnd, out var cue) || this.InFrontedPhrase(start, i, end))
                {
                    continue;
                }

                if (this.Attribute(start, end, i, cueEnd, cue, regions, used, inQuote) is { } quote)
                {
                    if (continued >= 0 && this.ContinuesOpenQuote(continued, quote, regions))
                    {
                        this.Absorb(continued, quote, blockIndex);
                        continued = -1;
                    }
                    else
                    {
                        this.Add(quote, blockIndex);
                    }

                    i = Math.Max(i, this.IndexAt(quote.Span.End) - 1);
                }
            }
        }

        for (var r = 0; r < regions.Count; r++)
        {
            if (used[r])
            {
                continue;
            }

            // “A,” she said. “B.” — the quote goes on after its attribution, in the same paragraph
            // or, when its marks were left open, in the next one.
            var previous = r == 0 && regions[r].Open == 0 && continued >= 0 ? continued : this.LastDirectOfBlock(blockQuotes, regions[r]);
            if (previous >= 0 && this.IsUnitStart(regions[r].Open, units))
            {
                this.Extend(previous, this.RegionSpan(regions[r]));
                used[r] = true;
                continue;
            }

            if (this.Unclaimed(regions[r], blockIndex, blockQuotes) is { } quote)
            {
                this.Add(quote, blockIndex);
            }
            else if (!(this.deferredSpans?.Contains(this.RegionSpan(regions[r])) ?? false) && this.WordsOfTheSubject(regions[r], units, regions, used) is { } carried)
            {
                this.Add(carried, blockIndex);
            }
        }

        // A quote still open at the block's end may go on in the next block.
        if (regions.Count > 0 && !regions[^1].IsClosed(this.tokens.Count) && this.found.Count > 0)
        {
            var last = this.found.Count - 1;
            var lastRegion = this.RegionSpan(regions[^1]);
            if (this.found[last].Kind == QuoteKind.Direct && this.found[last].Span.End == lastRegion.End)
            {
                this.openQuote = last;
            }
        }
    }

    // "Trump groused to a crowd that CNN “doesn’t treat me properly”": quoted words in a sentence
    // whose subject is a person, with a verb the lexicon does not know, are that person's words.
    private QuoteDraft? WordsOfTheSubject(QuoteRegion region, List<(int Start, int End)> units, List<QuoteRegion> regions, bool[] used)
    {
        var unit = UnitAt(units, region.Open);
        if (region.Close >= unit.End)
        {
            unit = default;
        }

        if (unit == default || region.Open == unit.Start || !this.IsPlainWords(region))
        {
            return null;
        }

        for (var i = unit.Start; i < region.Open - 1; i++)
        {
            var isSubject = (this.Is(i, WordClass.PronounSubject) && !this.Is(i, WordClass.PronounRelative | WordClass.PronounFirst | WordClass.PronounSecond))
                || (this.tokens[i].IsCapitalized(this.text) && !this.Is(i, WordClass.Determiner | WordClass.Preposition | WordClass.Conjunction | WordClass.Adverb | WordClass.Complementizer));
            if (!isSubject)
            {
                continue;
            }

            // Only the sentence's own subject: first, or after an opening phrase and its comma.
            if (i != unit.Start && !this.IsPunctuation(i - 1, ','))
            {
                return null;
            }

            // The subject is the first one of the sentence: it says the quoted words, or no one does.
            var verb = i + 1;
            while (verb < region.Open && this.tokens[verb].IsCapitalized(this.text) && !this.Is(i, WordClass.PronounSubject))
            {
                verb++;
            }

            if (verb >= region.Open || this.tokens[verb].Kind != TokenKind.Word || this.tokens[verb].IsCapitalized(this.text)
                || this.Is(verb, WordClass.Preposition | WordClass.Conjunction | WordClass.Determiner | WordClass.Complementizer | WordClass.Auxiliary)
                || !(this.Word(verb).EndsWith("ed", StringComparison.Ordinal) || this.Word(verb).EndsWith('s') || this.Is(verb, WordClass.IrregularPast)))
            {
                return null;
            }

            var attribution = new Attribution(null, this.SpanOf(i, verb));
            return this.MakeQuote(verb + 1, this.TrimEnd(unit.Start, unit.End), regions, used, attribution, this.SpanOf(verb, verb + 1));
        }

        return null;
    }

    // Quoted words that are not a title or a nickname (not capitalised throughout).
    private bool IsPlainWords(QuoteRegion region)
    {
        var words = 0;
        var capitalized = 0;
        for (var i = region.First; i < Math.Min(region.Close, this.tokens.Count); i++)
        {
            if (this.tokens[i].Kind == TokenKind.Word)
            {
                words++;
                capitalized += this.tokens[i].IsCapitalized(this.text) ? 1 : 0;
            }
        }

        return words >= 2 && capitalized < words;
    }

    private TextSpan RegionSpan(QuoteRegion region)
    {
        var close = Math.Min(region.Close, this.tokens.Count);
        return TextSpan.FromBounds(this.tokens[Math.Min(region.First, close - 1)].Start, this.tokens[close - 1].End);
    }

    private static bool IsUnitStartOf(int token, List<(int Start, int End)> units)
    {
        // No unit is empty, so default is no unit.
        var unit = UnitAt(units, token);
        return unit != default && unit.Start == token;
    }

    // Units are contiguous and in order: the one holding a token, by binary search, or default.
    private static (int Start, int End) UnitAt(List<(int Start, int End)> units, int token)
    {
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

    private bool IsUnitStart(int token, List<(int Start, int End)> units) => token == 0 || IsUnitStartOf(token, units) || this.IsSentenceEnd(token - 1);

    // The last direct quote found in this block before the region, if no other quote lies between.
    private int LastDirectOfBlock(int firstOfBlock, QuoteRegion region)
    {
        var open = this.tokens[region.Open].Start;
        for (var i = this.found.Count - 1; i >= firstOfBlock; i--)
        {
            var quote = this.found[i];
            if (quote.Span.End <= open)
            {
                return quote.Kind == QuoteKind.Direct && quote.Speaker is not null | quote.SpeakerMention is not null ? i : -1;
            }
        }

        return -1;
    }

    private void Extend(int index, TextSpan region)
    {
        var quote = this.found[index];
        var span = TextSpan.FromBounds(quote.Span.Start, Math.Max(quote.Span.End, region.End));

        // What lies between the quote and its next part (an attribution, a paragraph's break and
        // mark) is no part of either.
        if (region.Start >= quote.Span.End)
        {
            quote.Parts = quote.Parts.IsDefaultOrEmpty ? ImmutableArray.Create(quote.Span, region) : quote.Parts.Add(region);
        }

        this.MoveTaken(quote.Span, span);
        quote.Span = span;
        this.found[index] = quote;
    }

    // The mayor called it “a disaster for the city. The council met later.: a mark opened inside
    // a sentence and never closed quotes words of that sentence, not the narration after it; its
    // quote ends with the sentence. A mark that opens a sentence (or follows a colon) may run on
    // to the paragraph's end, as a quote that goes on into the next paragraph does.
    private void EndUnclosedAtTheirSentence(List<QuoteRegion> regions)
    {
        for (var r = 0; r < regions.Count; r++)
        {
            var (open, close) = regions[r];
            var unclosed = close >= this.tokens.Count || this.tokens[close].Kind == TokenKind.OpenQuote;
            var insideSentence = open > 0 && (this.tokens[open - 1].Kind is TokenKind.Word or TokenKind.Number || this.IsPunctuation(open - 1, ','));
            if (!unclosed || !insideSentence || !IsCurlyOpening(this.text[this.tokens[open].Start]))
            {
                continue;
            }

            var sentenceEnd = this.SentenceEndAfter(this.tokens[open].End);
            for (var i = open + 1; i < Math.Min(close, this.tokens.Count); i++)
            {
                if (this.tokens[i].End >= sentenceEnd)
                {
                    // The sentence's last token stands for the closing mark: the words before it are quoted.
                    if (i + 1 < Math.Min(close, this.tokens.Count) && i > open + 1)
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
        => this.article.SentenceAt(offset) is var sentence and >= 0 ? this.article.Sentences[sentence].Span.End : this.text.Length;

    // “A. (a paragraph left open, that no cue claimed) / “B,” Lee said.: the attributed quote that
    // opens the next paragraph is the rest of the open one, and its attribution is the whole's.
    // Both open with the same mark: a straight mark before a curly one is another hand's (an
    // excerpt's paragraphs each opened with a mark, then a quote inside the excerpt).
    private bool ContinuesOpenQuote(int continued, QuoteDraft quote, List<QuoteRegion> regions)
    {
        var open = this.found[continued];
        return open.Cue is null && open.Kind == QuoteKind.Direct && quote.Kind == QuoteKind.Direct
            && regions.Count > 0 && regions[0].Open == 0 && quote.Span.Start == this.RegionSpan(regions[0]).Start
            && open.Span.Start > 0 && this.text[open.Span.Start - 1] == this.text[this.tokens[0].Start];
    }

    private void Absorb(int index, QuoteDraft rest, int blockIndex)
    {
        var quote = this.found[index];
        var span = TextSpan.FromBounds(quote.Span.Start, rest.Span.End);
        this.MoveTaken(quote.Span, span);
        quote.Parts = (quote.Parts.IsDefaultOrEmpty ? [quote.Span] : quote.Parts).AddRange(rest.Parts.IsDefaultOrEmpty ? [rest.Span] : rest.Parts);
        quote.Span = span;
        quote.Speaker = rest.Speaker;
        quote.SpeakerMention = rest.SpeakerMention;
        quote.Cue = rest.Cue;
        this.found[index] = quote;
        if (rest.Speaker is not null || rest.SpeakerMention is not null)
        {
            this.lastAttribution = new Attribution(rest.Speaker, rest.SpeakerMention);
            this.lastAttributionBlock = blockIndex;
        }
    }

    // A found quote's span grew: the taken span that was its follows it (same start, so the order holds).
    private void MoveTaken(TextSpan from, TextSpan to)
    {
        var taken = this.IndexOfTaken(from);
        if (taken >= 0)
        {
            this.taken[taken] = to;
        }
    }

    // The taken spans are sorted by start: a binary search, then the spans that share the start.
    private int IndexOfTaken(TextSpan span)
    {
        int lo = 0, hi = this.taken.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (this.taken[mid].Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < this.taken.Count && this.taken[i].Start == span.Start; i++)
        {
            if (this.taken[i] == span)
            {
                return i;
            }
        }

        return -1;
    }

    private void Add(QuoteDraft quote, int blockIndex)
    {
        if (!this.TryTake(quote.Span))
        {
            return;
        }

        this.found.Add(quote);
        if (quote.Speaker is not null || quote.SpeakerMention is not null)
        {
            this.lastAttribution = new Attribution(quote.Speaker, quote.SpeakerMention);
            this.lastAttributionBlock = blockIndex;
        }
    }

    // Sentences of the block, merged so that no quote crosses from one to the next.
    private List<(int Start, int End)> Units(TextSpan block, List<QuoteRegion> regions)
    {
        // Blocks come in text order, so the sentences are walked once for the whole article.
        var sentences = this.article.Sentences;
        while (this.nextSentence < sentences.Count && sentences[this.nextSentence].Span.End <= block.Start)
        {
            this.nextSentence++;
        }

        var units = this.units;
        units.Clear();
        var start = 0;
        var region = 0;
        for (; this.nextSentence < sentences.Count && sentences[this.nextSentence].Span.End < block.End; this.nextSentence++)
        {
            var end = this.IndexAt(sentences[this.nextSentence].Span.End);
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

        if (start < this.tokens.Count)
        {
            units.Add((start, this.tokens.Count));
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
            var mark = quoteEnd - 2 >= quoteStart && this.tokens[quoteEnd - 2].Kind == TokenKind.CloseQuote ? quoteEnd - 3 : quoteEnd - 2;
            if (mark >= quoteStart && this.tokens[quoteEnd - 1].Kind == TokenKind.CloseQuote && (this.IsPunctuation(mark, '!') || this.IsPunctuation(mark, '?'))
                && nextEnd - nextStart <= 12 && this.HasCueWithin(nextStart, Math.Min(nextEnd, nextStart + (this.tokens[nextStart].IsCapitalized(this.text) ? 5 : 8))))
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

    private bool HasCueWithin(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (this.tokens[i].Kind == TokenKind.Word && this.cues.TryFindVerb(this.Word(i), out _))
            {
                return true;
            }
        }

        return false;
    }

    // The index of the first token that starts at or after offset.
    private int IndexAt(int offset) => TokenSearch.IndexAtOrAfter(this.tokens, offset);

    private ReadOnlySpan<char> Word(int i) => this.tokens[i].In(this.text);

    private bool IsWord(int i, string word) => i >= 0 && i < this.tokens.Count && this.Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool Is(int i, WordClass wordClass)
    {
        if (i < 0 || i >= this.tokens.Count)
        {
            return false;
        }

        var classes = this.classes[i];
        if (classes == Unclassified)
        {
            var token = this.tokens[i];
            classes = this.classes[i] = token.Kind == TokenKind.Word ? this.words.Of(token.In(this.text)) : WordClass.None;
        }

        return (classes & wordClass) != 0;
    }

    private static void Return<T>(T[] rented)
    {
        if (rented.Length > 0)
        {
            ArrayPool<T>.Shared.Return(rented);
        }
    }

    // A rented array of at least the length, its first length items false.
    private static bool[] Cleared(ref bool[] array, int length)
    {
        if (array.Length < length)
        {
            Return(array);
            array = ArrayPool<bool>.Shared.Rent(length);
        }

        Array.Clear(array, 0, length);
        return array;
    }

    // The classes of the block's tokens are looked up when first asked for.
    private void ClassifyWords()
    {
        if (this.classes.Length < this.tokens.Count)
        {
            Return(this.classes);
            this.classes = ArrayPool<WordClass>.Shared.Rent(this.tokens.Count);
        }

        this.classes.AsSpan(0, this.tokens.Count).Fill(Unclassified);
    }

    private bool IsPunctuation(int i, char c) => i >= 0 && i < this.tokens.Count && this.tokens[i].Kind == TokenKind.Punctuation && this.tokens[i].Span.Length == 1 && this.text[this.tokens[i].Start] == c;

    private bool IsClauseBreak(int i) => this.IsPunctuation(i, ',') || this.IsPunctuation(i, ':') || this.IsPunctuation(i, ';') || this.IsDash(i);

    private bool IsDash(int i) => i >= 0 && i < this.tokens.Count && this.tokens[i].Kind == TokenKind.Punctuation && this.text[this.tokens[i].Start] is '\u2014' or '\u2013' or '-';

    private bool IsSentenceEnd(int i) => this.IsPunctuation(i, '.') || this.IsPunctuation(i, '?') || this.IsPunctuation(i, '!');

    // A reporting cue at token i: a cue phrase ("according to", "told reporters") or a reporting verb
    // used as a verb (not after a determiner: "the claim" is a noun).
    private bool TryCue(int i, int end, out int cueEnd, out CueMatch cue)
    {
        cueEnd = i;
        cue = default;
        var token = this.tokens[i];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        // Most words start no cue of several words: then no window longer than the word is tried.
        // The longest window of words that may be a phrase or verb form: most words start none, so
        // no longer window is tried; the windows past the first that starts nothing cannot match.
        var what = this.cueStarts.Of(token.In(this.text));
        var reach = 1;
        if ((what & CueWord.Start) != 0)
        {
            var limit = Math.Min(Math.Max(this.cues.MaxPhraseWords, this.cues.MaxVerbWords), end - i);
            for (var n = 2; n <= limit; n++)
            {
                var window = this.cueStarts.Of(this.text.AsSpan(token.Start, this.tokens[i + n - 1].End - token.Start));
                reach = (window & CueWord.Whole) != 0 ? n : reach;
                if ((window & CueWord.Start) == 0)
                {
                    break;
                }
            }
        }

        for (var n = Math.Min(Math.Min(this.cues.MaxPhraseWords, end - i), reach); n >= 2; n--)
        {
            var last = this.tokens[i + n - 1];
            var phrase = this.text.AsSpan(token.Start, last.End - token.Start);
            if (!this.cues.TryFindPhrase(phrase, out var entry))
            {
                continue;
            }

            // "according to X", "as quoted by X": the source follows. "told reporters", "said in a
            // statement": a verb with its usual company. Other phrases are not cues by themselves.
            if (entry.Role == CuePhraseRole.Source && (phrase.EndsWith(" to", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith(" by", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith(" of", StringComparison.OrdinalIgnoreCase)))
            {
                cueEnd = i + n;
                cue = new CueMatch(entry.Phrase, IsSource: true, entry.Category, IsParticiple: false, ReportingFrames.ThatClause);
                return true;
            }

            if (entry.Role == CuePhraseRole.Verb && this.cues.TryFindVerb(token.In(this.text), out var phraseVerb) && !this.IsNotVerb(i))
            {
                cueEnd = i + n;
                cue = new CueMatch(phraseVerb.Lemma, IsSource: false, entry.Category, IsParticiple: token.In(this.text).EndsWith("ing", StringComparison.OrdinalIgnoreCase), phraseVerb.Frames);
                return true;
            }
        }

        // Verbs of several words: "call on", "point out", "go on".
        for (var n = Math.Min(Math.Min(this.cues.MaxVerbWords, end - i), reach); n >= 2; n--)
        {
            var last = this.tokens[i + n - 1];
            if (last.Kind == TokenKind.Word && this.cues.TryFindVerb(this.text.AsSpan(token.Start, last.End - token.Start), out var phrasal) && !this.IsNotVerb(i))
            {
                cueEnd = i + n;
                cue = new CueMatch(phrasal.Lemma, IsSource: false, phrasal.Category, IsParticiple: token.In(this.text).EndsWith("ing", StringComparison.OrdinalIgnoreCase), phrasal.Frames);
                return true;
            }
        }

        if ((what & CueWord.Whole) == 0 || !this.cues.TryFindVerb(token.In(this.text), out var verb) || this.IsNotVerb(i) || (char.IsUpper(this.text[token.Start]) && i > 0 && !this.IsSentenceStartToken(i))
            || this.IsAspectVerbBeforeOtherVerb(i) || this.IsNamingAfterThing(i))
        {
            return false;
        }

        cueEnd = i + 1;
        var form = token.In(this.text);
        cue = new CueMatch(verb.Lemma, IsSource: false, verb.Category, IsParticiple: form.EndsWith("ing", StringComparison.OrdinalIgnoreCase), verb.Frames);
        return true;
    }

    // A reporting word is a cue where it is a verb: "the state said" and "swing states", "his show
    // “X”", "her remarks", "an executive order" are nouns. The part-of-speech tags decide; without
    // a part-of-speech stage, the determiner before the word and the lexicon's noun-first words do.
    private bool IsNotVerb(int i)
    {
        // A word the tagger's data only ever saw as a verb ("said", "told") needs no tagging.
        if (!this.blockTokens.MayBe(this.Word(i), ~this.blockTokens.Masks.Verbs))
        {
            return this.IsNounDeterminer(i - 1) || this.IsNounFirstCueAsNoun(i) || this.IsTitleNounBeforeQuote(i);
        }

        var tags = this.blockTokens.TagsOf(this.text, this.block, i, i + 1);
        return (tags.Length == this.tokens.Count && !PennTagMasks.Has(this.blockTokens.Masks.Verbs, tags[i]) && !this.IsVerbTaggedAsPluralNoun(tags, i))
            || this.IsNounDeterminer(i - 1) || this.IsNounFirstCueAsNoun(i) || this.IsTitleNounBeforeQuote(i);
    }

    // "Smith claims that ...": the tagger reads a third-person verb after a name as a plural noun
    // (a compound, "Smith claims"); a name or pronoun before and "that" after make it the verb.
    private bool IsVerbTaggedAsPluralNoun(ReadOnlySpan<byte> tags, int i)
    {
        var masks = this.blockTokens.Masks;
        return i > 0 && PennTagMasks.Has(masks.Nouns, tags[i]) && this.text[this.tokens[i].End - 1] is 's' or 'S'
            && (PennTagMasks.Has(masks.ProperNouns, tags[i - 1]) || this.Is(i - 1, WordClass.PronounSubject)) && this.IsWord(i + 1, "that");
    }

    // "swing states", "state officials", "one reason", "his appeal to voters": words that news
    // writes mostly as nouns are a cue only after a subject pronoun ("It states that", "They
    // state") or a document ("the law states"). Measured on 840 news articles: of 111 quotes with
    // "state" or "states" as the cue, 4 were quotes, each after a pronoun or a document; of 40
    // with "reason", "reasons" or "appeal", none; of 22 with "comments" or "remarks", one.
    private bool IsNounFirstCueAsNoun(int i) => this.Is(i, WordClass.NounFirstCue) && !this.Is(i - 1, WordClass.PronounSubject | WordClass.DocumentNoun);

    // "continues to battle", "continue to get": an aspect verb reports nothing when "to" and a
    // verb that is no reporting verb follow it ("continued to say" still reports; other verbs are
    // followed by "to" and their addressee: "said to reporters"). Measured on 840 news articles:
    // of the 20 quotes cued by "continue to", this drops the 7 where no reporting verb follows,
    // none of them a quote.
    private bool IsAspectVerbBeforeOtherVerb(int i)
        => this.Is(i, WordClass.AspectVerb) && this.IsWord(i + 1, "to") && i + 2 < this.tokens.Count && this.tokens[i + 2].Kind == TokenKind.Word
            && !this.cues.TryFindVerb(this.Word(i + 2), out _);

    // "the reality show “The Apprentice”", "his show, “Shark Tank”": a noun naming what the
    // quotation marks hold, not a verb that reports it. Measured on 840 news articles: 10 quotes
    // were cued this way ("show" 9 times, "chant" once), none of them a quote.
    private bool IsTitleNounBeforeQuote(int i)
        => this.Is(i, WordClass.TitleNoun)
            && i + 1 < this.tokens.Count && (this.tokens[i + 1].IsQuote || (this.IsPunctuation(i + 1, ',') && i + 2 < this.tokens.Count && this.tokens[i + 2].IsQuote));

    // "a short film called “Tenemos Familias”", "a website called “...”": a thing's name, not
    // speech. The word before "called" is a common noun that is no person, group or organisation
    // ("one lawmaker called “...”" reports), and the name follows at once, in quotation marks.
    // Measured on 840 news articles: 7 quotes were cued this way, none of them a quote.
    private bool IsNamingAfterThing(int i)
    {
        if (!this.Is(i, WordClass.NamingVerb) || i == 0 || this.tokens[i - 1].Kind != TokenKind.Word || this.tokens[i - 1].IsCapitalized(this.text))
        {
            return false;
        }

        var next = this.IsWord(i + 1, "the") ? i + 2 : i + 1;
        return next < this.tokens.Count && this.tokens[next].IsQuote
            && !this.Is(i - 1, WordClass.PersonNoun | WordClass.GroupNoun | WordClass.OrganizationNoun | WordClass.PluralActorNoun | WordClass.PronounSubject | WordClass.PronounRelative
                | WordClass.ObjectPronoun | WordClass.Auxiliary | WordClass.Adverb | WordClass.Conjunction | WordClass.Determiner | WordClass.StandaloneDeterminer);
    }

    // "the claim", "his call": a determiner that makes the next word a noun ("most said" is a subject).
    private bool IsNounDeterminer(int i) => this.Is(i, WordClass.Determiner) && !this.Is(i, WordClass.StandaloneDeterminer);

    private bool IsSentenceStartToken(int i) => i == 0 || this.IsSentenceEnd(i - 1) || this.tokens[i - 1].IsQuote;

    private QuoteDraft? Attribute(int unitStart, int unitEnd, int cueStart, int cueEnd, CueMatch cue, List<QuoteRegion> regions, bool[] used, bool[] inQuote)
    {
        var cueSegment = this.SpanOf(cueStart, cueEnd);
        var contentEnd = this.TrimEnd(unitStart, unitEnd);

        if (cue.IsSource)
        {
            return this.AttributeToSource(unitStart, contentEnd, cueStart, cueEnd, cueSegment, regions, used);
        }

        // Who: the subject before the cue, or after it ("said Peskov").
        // ", adding", ", saying": the participle's subject is the main clause's, often the speaker of
        // the attribution just before it in the same sentence.
        var subject = cue.IsParticiple && this.IsClauseBreak(this.SkipBackModifiers(cueStart - 1, unitStart))
            ? (this.lastSubject is { } last && last.Start >= unitStart && last.End <= cueStart ? last : this.ClauseSubjectBefore(unitStart, cueStart))
            : this.SubjectBefore(cueStart, unitStart);
        // "said Peskov" only where the words said come first: "“…,” said Peskov", "…, said Peskov".
        var inverted = false;
        if (subject is null && cueStart > unitStart && this.IsClauseBreakBefore(cueStart) && this.SubjectAfter(cueEnd, contentEnd) is { } after)
        {
            subject = after;
            inverted = true;
        }

        if (subject is null || (!inverted && this.IsPassive(cueStart, subject.Value.End)))
        {
            return null;
        }

        this.lastSubject = subject;

        var (subjectStart, subjectEnd) = subject.Value;

        // A participle's subject stands in the clause before it: what was said is on its own side.
        var beforeAttribution = inverted || subjectEnd < cueStart - 1 && this.IsClauseBreak(cueStart - 1) ? cueStart : subjectStart;
        var afterAttribution = inverted ? subjectEnd : cueEnd;

        // What: the words before the attribution when a quote ends right there ("“...,” she said
        // to reporters"), else the words after the cue, else the words before it.
        int contentStart;
        int contentStop;
        var canBeBefore = beforeAttribution > unitStart && this.IsClauseBreakBefore(beforeAttribution);
        var quoteBefore = canBeBefore && this.QuoteClosesBefore(beforeAttribution);
        var closesSentence = afterAttribution >= contentEnd || (this.IsClauseBreak(afterAttribution) && StartsQuote(afterAttribution + 1, regions) is null && afterAttribution + 1 >= contentEnd);
        // "Back then, Ms. Ripert said, she found ...": an attribution inside the reported clause
        // keeps the clause's opening words; only "Walsh said, he fashioned ..." starts after it.
        var insideClause = !quoteBefore && canBeBefore && this.IsPunctuation(afterAttribution, ',') && this.IsParenthetical(unitStart, beforeAttribution, afterAttribution, contentEnd);
        if (!quoteBefore && !closesSentence && this.ContentAfter(afterAttribution, contentEnd, cue) is { } start && !(insideClause && start == afterAttribution + 1 && !this.tokens[start].IsQuote)
            && this.AcceptsContentAfter(start, contentEnd, cue))
        {
            contentStart = start;
            contentStop = this.BeforeCoordinatedReport(start, contentEnd);
        }
        else if (canBeBefore && (quoteBefore || (this.words.Is(cue.Lemma, WordClass.BareClauseVerb) && (this.LooksLikeClause(unitStart, this.BackOverBreak(beforeAttribution)) || this.IsParenthetical(unitStart, beforeAttribution, afterAttribution, contentEnd)))))
        {
            contentStart = unitStart;
            contentStop = this.BackOverBreak(beforeAttribution);

            // "“A,” he said, “B.”": the quote resumes after the attribution.
            if (this.IsPunctuation(afterAttribution, ',') && StartsQuote(afterAttribution + 1, regions) is { } resumed)
            {
                contentStop = Math.Min(regions[resumed].Close, this.tokens.Count);
                if (quoteBefore && RegionAt(this.BackOverBreak(beforeAttribution) - 1, regions) is { } before && this.OnlyPunctuationBetween(unitStart, regions[before].Open)
                    && this.MakeQuote(contentStart, contentStop, regions, used, new Attribution(null, this.SpanOf(subjectStart, subjectEnd)), cueSegment) is { } split)
                {
                    // Its two parts, the attribution between them: one direct quote.
                    var first = this.RegionSpan(regions[before]);
                    var second = this.RegionSpan(regions[resumed]);
                    split.Kind = QuoteKind.Direct;
                    split.Span = TextSpan.FromBounds(first.Start, second.End);
                    split.Parts = [first, second];
                    return split;
                }
            }
            else if (!quoteBefore && this.IsParenthetical(unitStart, beforeAttribution, afterAttribution, contentEnd))
            {
                // "Loyalty, he noted, has long been a tenet": the attribution sits inside what was said.
                contentStop = contentEnd;
            }
        }
        else if (this.IsPunctuation(afterAttribution, ':') && afterAttribution + 1 >= this.tokens.Count)
        {
            // "Ward stated:" closing its paragraph: the next paragraph is what was stated.
            this.pendingColon = (new Attribution(null, this.SpanOf(subjectStart, subjectEnd)), cueSegment);
            return null;
        }
        else
        {
            return null;
        }

        if (contentStop - contentStart < 2 && RegionAt(contentStart, regions) is null)
        {
            return null;
        }

        return this.MakeQuote(contentStart, contentStop, regions, used, new Attribution(null, this.SpanOf(subjectStart, subjectEnd)), cueSegment);
    }

    private QuoteDraft? AttributeToSource(int unitStart, int contentEnd, int cueStart, int cueEnd, TextSpan cueSegment, List<QuoteRegion> regions, bool[] used)
    {
        // "according to NP, CONTENT" or "CONTENT, according to NP".
        var npEnd = cueEnd;
        while (npEnd < contentEnd && !this.IsClauseBreak(npEnd) && npEnd - cueEnd < MaxSubjectTokens * 2)
        {
            npEnd++;
        }

        if (npEnd == cueEnd)
        {
            return null;
        }

        // The content follows when the source's noun phrase is closed by a comma with a clause
        // after it ("– according to a report by the FT, Rosneft was ..."); else it precedes.
        var source = new Attribution(null, this.SpanOf(cueEnd, npEnd));
        if (npEnd < contentEnd && this.IsClauseBreak(npEnd) && contentEnd - npEnd > 2 && this.LooksLikeClause(npEnd + 1, contentEnd))
        {
            return this.MakeQuote(npEnd + 1, contentEnd, regions, used, source, cueSegment);
        }

        if (cueStart > unitStart && this.IsClauseBreakBefore(cueStart))
        {
            return this.MakeQuote(unitStart, this.BackOverBreak(cueStart), regions, used, source, cueSegment);
        }

        return null;
    }

    private bool HasWordOrNumber(int start, int stop)
    {
        for (var i = start; i < stop; i++)
        {
            if (this.tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    private QuoteDraft? MakeQuote(int start, int stop, List<QuoteRegion> regions, bool[] used, Attribution attribution, TextSpan? cue)
    {
        while (start < stop && (this.IsClauseBreak(start) || this.Is(start, WordClass.Complementizer) && this.IsWord(start, "that")))
        {
            start++;
        }

        while (stop > start && (this.IsClauseBreak(stop - 1) || this.IsSentenceEnd(stop - 1)))
        {
            stop--;
        }

        if (stop <= start || !this.HasWordOrNumber(start, stop))
        {
            // Nothing, or marks and punctuation alone: no words were quoted.
            return null;
        }

        // Direct when the content is one quote, marks aside; mixed when it carries quotes; indirect otherwise.
        var kind = QuoteKind.Indirect;
        var spanStart = this.tokens[start].Start;
        var spanEnd = this.tokens[stop - 1].End;
        for (var r = FirstRegionEndingAtOrAfter(regions, start); r < regions.Count && regions[r].Open < stop; r++)
        {
            var region = regions[r];

            used[r] = true;

            // A pair of marks with nothing between them ("\t«" after a closing mark) quotes no words.
            var hasWords = region.First < Math.Min(region.Close, this.tokens.Count);
            if (hasWords && region.Open <= start && region.Close >= stop - 1)
            {
                kind = QuoteKind.Direct;
                spanStart = this.tokens[region.First].Start;
                spanEnd = this.tokens[Math.Min(region.Close, this.tokens.Count) - 1].End;
            }
            else if (hasWords && region.Open == start && this.OnlyPunctuationBetween(region.Close + 1, stop))
            {
                kind = QuoteKind.Direct;
                spanStart = this.tokens[region.First].Start;
                spanEnd = this.tokens[region.Close - 1].End;
            }
            else if (kind != QuoteKind.Direct)
            {
                kind = QuoteKind.Mixed;
            }
        }

        var span = TextSpan.FromBounds(spanStart, spanEnd);
        var (speaker, mention) = attribution.Speaker is null && attribution.Mention is { } m
            ? this.speakers.Resolve(m, span)
            : (attribution.Speaker, attribution.Mention);
        return new QuoteDraft(kind, span)
        {
            Speaker = speaker,
            SpeakerMention = mention,
            Cue = cue,
        };
    }

    private bool OnlyPunctuationBetween(int start, int stop)
    {
        for (var i = start; i < stop; i++)
        {
            if (this.tokens[i].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    // A quote that no cue claimed: a paragraph that is only a quote continues the last speaker; a
    // fragment inside the writer's sentence is a partial quote of whoever said those words.
    private QuoteDraft? Unclaimed(QuoteRegion region, int blockIndex, int firstQuoteOfBlock)
    {
        var close = Math.Min(region.Close, this.tokens.Count);
        if (close <= region.First)
        {
            return null;
        }

        var span = TextSpan.FromBounds(this.tokens[region.First].Start, this.tokens[close - 1].End);
        var wholeBlock = region.Open == 0 && (close >= this.tokens.Count - 1 || this.OnlyPunctuationBetween(close, this.tokens.Count));
        var contentWords = 0;
        var capitalized = 0;
        for (var i = region.First; i < close; i++)
        {
            if (this.tokens[i].Kind == TokenKind.Word)
            {
                contentWords++;
                capitalized += this.tokens[i].IsCapitalized(this.text) ? 1 : 0;
            }
        }

        if (wholeBlock || (region.Open == 0 && contentWords >= 6))
        {
            var previous = blockIndex - this.lastAttributionBlock <= 1 || this.found.Count > firstQuoteOfBlock ? this.lastAttribution : null;
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
            this.deferred.Add((partial, offset));
            (this.deferredSpans ??= []).Add(partial.Span);
            return null;
        }

        return partial;
    }

    // The speaker of another quote of the article whose words include these ("the “opposition
    // forces”" echoes "... with the opposition forces").
    private Attribution? SpeakerOfWords(TextSpan span)
    {
        // Only nearby quotes are searched, which keeps the work linear in the article.
        var words = this.text.AsSpan(span.Start, span.Length);
        for (var i = this.found.Count - 1; i >= Math.Max(0, this.found.Count - EchoQuotes); i--)
        {
            var quote = this.found[i];
            if (quote.Speaker is not null && !quote.Span.Overlaps(span) && this.text.AsSpan(quote.Span.Start, quote.Span.Length).Contains(words, StringComparison.OrdinalIgnoreCase))
            {
                return new Attribution(quote.Speaker, null);
            }
        }

        // Quotes later in the article are not found yet: look ahead in the text itself.
        var ahead = this.text.AsSpan(span.End, Math.Min(EchoWindow, this.text.Length - span.End));
        var later = ahead.IndexOf(words, StringComparison.OrdinalIgnoreCase);
        return later >= 0 ? new Attribution(null, null) { Deferred = span.End + later } : null;
    }

    // Regions are disjoint and in order: binary search by their close.
    private static int FirstRegionEndingAtOrAfter(List<QuoteRegion> regions, int i)
    {
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

    private static int? StartsQuote(int i, List<QuoteRegion> regions)
    {
        var index = FirstRegionEndingAtOrAfter(regions, i);
        return index < regions.Count && regions[index].Open == i ? index : null;
    }

    private static int? RegionAt(int i, List<QuoteRegion> regions)
    {
        var index = FirstRegionEndingAtOrAfter(regions, i);
        return index < regions.Count && regions[index].Open <= i ? index : null;
    }

    // "Loyalty, he noted, has long been a tenet": a short opening, the attribution between commas,
    // and the rest of the clause after it.
    private bool IsParenthetical(int unitStart, int beforeAttribution, int afterAttribution, int contentEnd)
        => this.IsPunctuation(afterAttribution, ',') && contentEnd - afterAttribution > 3 && this.BackOverBreak(beforeAttribution) - unitStart > 0
            && this.tokens[afterAttribution + 1].Kind == TokenKind.Word && (!this.tokens[afterAttribution + 1].IsCapitalized(this.text) || this.OpensWithNamedSubject(afterAttribution + 1, contentEnd))
            && !this.Is(afterAttribution + 1, WordClass.Conjunction | WordClass.PronounRelative) && !this.TryCue(afterAttribution + 1, contentEnd, out _, out _)
            && (this.LooksLikeClause(unitStart, contentEnd) || this.LooksLikeClause(afterAttribution + 1, contentEnd));

    // "Salinas beat Cartas": a proper name (as tagged) and a finite verb right after it.
    private bool OpensWithNamedSubject(int start, int end)
    {
        var i = start;
        while (i < end && i - start < 4 && this.IsProperName(i, i + 1))
        {
            i++;
        }

        var masks = this.blockTokens.Masks;
        return i > start && i < end && this.IsTagged(i, (masks.Verbs & ~masks.Participles) | masks.Modals);
    }

    // "Obama emphasized that the reforms were not complete, and rights groups warned that ...": a
    // clause joined on with a subject of its own and a reporting verb reports someone else; what
    // the first cue reports ends before it. A pronoun subject ("but he said") mostly goes on with
    // the same speaker, and the clause stays in the first quote.
    private int BeforeCoordinatedReport(int start, int end)
    {
        for (var i = start + 2; i + 2 < end; i++)
        {
            if (!this.IsPunctuation(i - 1, ',') || !this.Is(i, WordClass.ClauseJoiner) || this.inQuote[i])
            {
                continue;
            }

            // A subject of a few words, then a reporting verb that is no participle.
            for (var cue = i + 2; cue < end && cue - i <= 5; cue++)
            {
                if (this.tokens[cue - 1].Kind != TokenKind.Word || this.IsPunctuation(cue, ','))
                {
                    break;
                }

                if (this.TryCue(cue, end, out _, out var match) && !match.IsParticiple && !match.IsSource && this.SubjectBefore(cue, i + 1) is { } subject && subject.Start == i + 1
                    && !this.Is(subject.Start, WordClass.PronounSubject))
                {
                    return i - 1;
                }
            }
        }

        return end;
    }

    // Whether the quote closing just before a token ends in a comma, a question or an exclamation
    // ("“…,” a spokesman said"), not a full stop, after which a new sentence begins.
    private bool QuoteAwaitsAttribution(int i)
    {
        var close = this.tokens[i - 1].Kind == TokenKind.CloseQuote ? i - 1 : i - 2;
        return close >= 1 && (this.IsPunctuation(close - 1, ',') || this.IsPunctuation(close - 1, '?') || this.IsPunctuation(close - 1, '!') || this.IsPunctuation(close + 1, ','));
    }

    // "“...,” she said": a closing quote mark (with its comma) just before the attribution.
    private bool QuoteClosesBefore(int i)
        => (i - 1 >= 0 && this.tokens[i - 1].Kind == TokenKind.CloseQuote) || (i - 2 >= 0 && this.IsClauseBreak(i - 1) && this.tokens[i - 2].Kind == TokenKind.CloseQuote);

    // Whether the words after a cue are what was said: a quote, a "that" clause, a colon, an
    // appeal's "to" ("called on all states to refrain"), an accusation's "of", or a bare clause
    // after a verb that takes one ("said the talks will go on").
    private bool AcceptsContentAfter(int start, int end, CueMatch cue)
    {
        if (start >= end)
        {
            return false;
        }

        // After "that", a complement clause opens with its subject; a verb there means a relative
        // clause ("emails that were not marked", "that taken by other nominees").
        if (this.IsWord(start - 1, "that"))
        {
            return !this.Is(start, WordClass.Auxiliary | WordClass.IrregularPast)
                && !(this.tokens[start].Kind == TokenKind.Word && !this.tokens[start].IsCapitalized(this.text) && this.Word(start).EndsWith("ed", StringComparison.Ordinal));
        }

        if (this.tokens[start].IsQuote || this.IsPunctuation(start - 1, ':'))
        {
            return true;
        }

        // Words carried in quote marks right after any reporting verb and its object: "called Trump
        // “the orange prince”", "defended his comments as being “sarcastic”".
        for (var i = start; i < end && i - start < 9; i++)
        {
            if (this.tokens[i].Kind == TokenKind.OpenQuote)
            {
                return true;
            }
        }

        if ((cue.Frames & ReportingFrames.ObjectToInfinitive) != 0 && cue.Category == ReportingCategory.Appeal)
        {
            return this.FindWord(start, end, "to", 10) >= 0;
        }

        if ((cue.Frames & ReportingFrames.ObjectOf) != 0)
        {
            return this.FindWord(start, end, "of", 8) >= 0;
        }

        return this.words.Is(cue.Lemma, WordClass.BareClauseVerb) && this.LooksLikeClause(start, end);
    }

    private int FindWord(int start, int end, string word, int within)
    {
        for (var i = start; i < end && i - start < within; i++)
        {
            if (this.IsWord(i, word))
            {
                return i;
            }
        }

        return -1;
    }

    // A clause has a subject and a finite verb; without a tagger, a clause is words that do not
    // open with a preposition or an object pronoun and that hold an auxiliary, a past-tense verb,
    // or a subject pronoun with a verb after it, within their first words.
    private bool LooksLikeClause(int start, int end)
    {
        if (start >= end || this.tokens[start].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.OpenQuote))
        {
            return false;
        }

        if (this.tokens[start].IsQuote || this.IsWord(start, "that"))
        {
            return true;
        }

        if (this.Is(start, WordClass.Preposition | WordClass.ObjectPronoun) || this.IsWord(start, "to"))
        {
            return false;
        }

        for (var i = start; i < end && i - start < 16; i++)
        {
            // A second clause joined on ("…, but also highlighted …") is not the first one's verb.
            if (this.IsPunctuation(i, ';') || (this.IsPunctuation(i, ',') && this.Is(i + 1, WordClass.Conjunction)))
            {
                break;
            }

            var token = this.tokens[i];
            if (token.Kind == TokenKind.Clitic && i + 1 < end && this.tokens[i + 1].Kind == TokenKind.Word && !this.tokens[i + 1].IsCapitalized(this.text) && i > start && this.Is(i - 1, WordClass.PronounSubject))
            {
                return true; // "it's", "he's"
            }

            if (token.Kind != TokenKind.Word || i == start && !this.Is(i, WordClass.PronounSubject) && !this.Is(i, WordClass.Auxiliary))
            {
                continue;
            }

            var word = this.Word(i);
            if (this.Is(i, WordClass.Auxiliary) && !this.IsWord(i, "not") && i > start)
            {
                return true;
            }

            if (this.Is(i, WordClass.IrregularPast) && i > start && !this.Is(i - 1, WordClass.Determiner | WordClass.Preposition))
            {
                return true;
            }

            if (word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !this.Is(i - 1, WordClass.Determiner | WordClass.Auxiliary | WordClass.Preposition) && !char.IsUpper(word[0]))
            {
                return true;
            }

            if (this.Is(i, WordClass.PronounSubject) && !this.Is(i, WordClass.PronounRelative) && i + 1 < end && this.tokens[i + 1].Kind == TokenKind.Word && !this.Is(i + 1, WordClass.Preposition))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsClauseBreakBefore(int i) => this.IsClauseBreak(i - 1) || (this.tokens[i - 1].Kind == TokenKind.CloseQuote && this.IsClauseBreak(i - 2)) || this.tokens[i - 1].Kind == TokenKind.CloseQuote;

    private int BackOverBreak(int i)
    {
        while (i > 0 && (this.IsClauseBreak(i - 1) || this.tokens[i - 1].Kind == TokenKind.CloseQuote && i - 2 >= 0 && this.IsClauseBreak(i - 2)))
        {
            i--;
        }

        return i;
    }

    private int TrimEnd(int start, int end)
    {
        while (end > start && (this.IsSentenceEnd(end - 1) || this.tokens[end - 1].Kind == TokenKind.Punctuation && this.text[this.tokens[end - 1].Start] is ')' or ']'))
        {
            end--;
        }

        return end;
    }

    // Back over what stands between a subject and its verb: auxiliaries, adverbs and times
    // ("Clinton on Friday said", "the mayor last week rejected").
    private int SkipBackModifiers(int i, int floor)
    {
        while (i >= floor)
        {
            if (this.Is(i, WordClass.Auxiliary) || this.Is(i, WordClass.Adverb) || this.IsNegatedAuxiliary(i) || (!this.tokens[i].IsCapitalized(this.text) && !this.Is(i, WordClass.Determiner) && this.IsTagged(i, this.blockTokens.Masks.Adverbs | this.blockTokens.Masks.Modals)))
            {
                i--;
            }
            else if (this.InTime(i))
            {
                i--;
                while (i >= floor && this.InTime(i))
                {
                    i--;
                }

                if (this.Is(i, WordClass.Preposition))
                {
                    i--;
                }
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // Whether the token is a verb, a modal or an adverb that ends no subject ("the candidates
    // don't say", "Cruz can't say", "Ryan has long said"): tagged so here, and never a noun, an
    // adjective or a determiner in the tagger's data. The tag alone is not enough: just before
    // a reporting verb the tagger reads many nouns as verbs ("Campaign aides said", "The appeals
    // court ruled"). Without a part-of-speech stage, nothing is.
    private bool IsPredicate(int i)
    {
        // The word's entry first: a word the tagger's data holds as a noun needs no tagging.
        var masks = this.blockTokens.Masks;
        return !this.blockTokens.MayBe(this.Word(i), masks.Nouns | masks.ProperNouns | masks.Adjectives | masks.Determiners)
            && this.IsTagged(i, (masks.Verbs & ~masks.Participles) | masks.Modals | masks.Adverbs);
    }

    // Whether the tokens are a proper name as the tagger reads them: capitalised, proper nouns,
    // no time ("Sunday"). Without a part-of-speech stage, none is.
    private bool IsProperName(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!this.tokens[i].IsCapitalized(this.text) || !this.IsTagged(i, this.blockTokens.Masks.ProperNouns) || this.InTime(i))
            {
                return false;
            }
        }

        return end > start;
    }

    // "isn't", "haven't", "can’t": only auxiliaries and modals take the negation as a clitic.
    private bool IsNegatedAuxiliary(int i)
    {
        var word = this.Word(i);
        return word.Length > 3 && word[^1] is 't' or 'T' && word[^2] is '\'' or '\u2019' && word[^3] is 'n' or 'N';
    }

    // Whether the token's part-of-speech tag is one of a mask's: false without tags. A word the
    // tagger's data never saw with one of them is not tagged to find out.
    private bool IsTagged(int i, ulong mask)
    {
        if (i < 0 || i >= this.tokens.Count || !this.blockTokens.MayBe(this.Word(i), mask))
        {
            return false;
        }

        var tags = this.blockTokens.TagsOf(this.text, this.block, i, i + 1);
        return tags.Length == this.tokens.Count && PennTagMasks.Has(mask, tags[i]);
    }

    private bool InTime(int i)
    {
        if (i < 0 || i >= this.tokens.Count)
        {
            return false;
        }

        var times = this.article.Times;
        var offset = this.tokens[i].Start;
        int lo = 0, hi = times.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (times[mid].Span.End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < times.Count && times[lo].Span.Start <= offset;
    }

    // The subject that ends just before the cue: a pronoun, a name, or a short noun phrase.
    private (int Start, int End)? SubjectBefore(int cue, int floor)
    {
        var end = this.SkipBackModifiers(cue - 1, floor);
        if (end < floor)
        {
            return null;
        }

        // "Wilson praised Rubio and said": the subject of the first verb.
        if ((this.IsWord(end, "and") || this.IsWord(end, "but")) && end > floor && !this.IsPunctuation(end - 1, ','))
        {
            return this.ClauseSubjectBefore(floor, end + 1);
        }

        // "Peskov, the Kremlin spokesman, said": the appositive sits between commas. A phrase
        // before a comma that is the object of a preposition is inside the aside, not its head:
        // "Clinton, during a town hall in Columbus, Ohio, said", "Cory James, 22, of Flint, Mich.,
        // said" go back to the comma after the subject, and so does an age between commas; when
        // there is none, the object itself heads the appositive.
        if (this.IsPunctuation(end, ','))
        {
            (int Start, int End)? first = null;
            for (var comma = end - 1; comma > floor && end - comma <= MaxAppositiveTokens + 1; comma--)
            {
                if (!this.IsPunctuation(comma, ','))
                {
                    continue;
                }

                var head = this.NounPhraseEndingAt(comma - 1, floor);
                if (head is { } found && !this.Is(found.Start - 1, WordClass.Preposition))
                {
                    return (found.Start, end);
                }

                if (head is null && this.tokens[comma - 1].Kind != TokenKind.Number)
                {
                    break;
                }

                first ??= head;
            }

            // "One of his advisers, Tad Devine, told": no subject before, so the phrase after the
            // preposition heads the appositive after all.
            return first is { } inner ? (inner.Start, end) : null;
        }

        var phrase = this.NounPhraseEndingAt(end, floor);

        // "“…,” a spokesman for the company said", "“…,” officials at the agency said": between a
        // quote and its cue, the phrase of a preposition goes with the head before it.
        if (phrase is { } headed && !this.QuoteClosesBefore(headed.Start))
        {
            var start = headed.Start;
            for (var k = 0; k < 2 && start - 2 >= floor && this.Is(start - 1, WordClass.Preposition) && !this.Is(start - 1, WordClass.Conjunction) && this.NounPhraseEndingAt(start - 2, floor) is { } head; k++)
            {
                start = head.Start;
                if (this.QuoteClosesBefore(start) && this.QuoteAwaitsAttribution(start))
                {
                    return (start, headed.End);
                }
            }
        }

        // "Jeb Bush in a Medium post said", "Trump at a rally said": a proper name before the
        // phrase that a preposition opens is the subject; the span holds both, and the speaker is
        // the person among them. Not "Supporters of Trump", "Hours before Mr. Obama said" (no
        // proper name before), nor "ISIS after she said" (a pronoun opens a clause of its own).
        if (phrase is { } after && after.Start - 2 >= floor && this.Is(after.Start - 1, WordClass.Preposition) && !this.IsWord(after.Start - 1, "of")
            && !this.Is(after.Start, WordClass.PronounSubject) && this.NounPhraseEndingAt(after.Start - 2, floor) is { } name && this.IsProperName(name.Start, name.End))
        {
            return (name.Start, after.End);
        }

        return phrase;
    }

    private (int Start, int End)? NounPhraseEndingAt(int end, int floor)
    {
        // Nothing before the floor (the unit's start) can be the subject; at a unit's first token
        // a "(" makes end -1, which is no token at all.
        if (end < floor || end < 0)
        {
            return null;
        }

        if (this.tokens[end].Kind != TokenKind.Word)
        {
            return this.tokens[end].Kind == TokenKind.Punctuation && this.text[this.tokens[end].Start] == ')' ? this.ParentheticalName(end, floor) : null;
        }

        if (this.Is(end, WordClass.PronounSubject))
        {
            // "who" stands for the name before it; the attribution names "who" itself.
            return this.Is(end, WordClass.PronounRelative) ? (this.RelativeAntecedent(end, floor) is null ? null : (end, end + 1)) : (end, end + 1);
        }

        // A subject does not end in a verb ("voters waved signs": "signs" is no cue here).
        if (!this.tokens[end].IsCapitalized(this.text) && (this.Is(end, WordClass.IrregularPast) || this.Word(end).EndsWith("ed", StringComparison.Ordinal) || this.IsPredicate(end)))
        {
            return null;
        }

        // "most said", "another said", "several told": quantifiers standing alone as subjects.
        if (this.Is(end, WordClass.Determiner) && this.Is(end, WordClass.StandaloneDeterminer))
        {
            return (end, end + 1);
        }

        if (this.Is(end, WordClass.Preposition | WordClass.Conjunction | WordClass.Complementizer | WordClass.Determiner | WordClass.Auxiliary))
        {
            // "went on to say": the subject governs the verb before the infinitive.
            return this.IsWord(end, "to") ? this.InfinitiveSubject(end, floor) : null;
        }

        var start = end;
        var count = 1;
        while (start - 1 >= floor && count < MaxSubjectTokens)
        {
            var previous = start - 1;
            var token = this.tokens[previous];
            if (token.Kind == TokenKind.Clitic || (token.Kind is TokenKind.Word or TokenKind.Number && !this.Is(previous, WordClass.Preposition | WordClass.Conjunction | WordClass.Auxiliary | WordClass.Complementizer | WordClass.PronounSubject)
                && (token.IsCapitalized(this.text) || !this.IsPredicate(previous))))
            {
                start = previous;
                count++;
                if (this.Is(previous, WordClass.Determiner) && !(this.IsWord(previous, "the") && this.IsWord(previous - 1, "of") && previous - 2 >= floor
                    && this.tokens[previous - 2].IsCapitalized(this.text) && this.tokens[previous + 1].IsCapitalized(this.text)))
                {
                    break;
                }

                continue;
            }

            // "Secretary of State John Kerry", "House of Representatives": "of" between capitals;
            // "Mr. Morgan of the Sierra Club": a name of a named body.
            if (this.IsWord(previous, "of") && previous - 1 >= floor && this.tokens[previous - 1].IsCapitalized(this.text)
                && (this.tokens[start].IsCapitalized(this.text) || (this.IsWord(start, "the") && this.tokens[start + 1].IsCapitalized(this.text))))
            {
                start = previous;
                continue;
            }

            break;
        }

        return (start, end + 1);
    }

    // "no major deals are expected": the subject of a passive cue is what is spoken of, not who speaks.
    private bool IsPassive(int cue, int subjectEnd)
    {
        var form = this.Word(cue);
        if (!form.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !this.Is(cue, WordClass.IrregularPast) && !form.EndsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = cue - 1; i >= subjectEnd; i--)
        {
            if (this.IsWord(i, "is") || this.IsWord(i, "are") || this.IsWord(i, "was") || this.IsWord(i, "were") || this.IsWord(i, "be") || this.IsWord(i, "been") || this.IsWord(i, "being"))
            {
                return true;
            }
        }

        return false;
    }

    // "Pence went on to say", "declined to comment": back over "to" and the verb before it.
    private (int Start, int End)? InfinitiveSubject(int to, int floor)
    {
        var i = to - 1;
        var verbs = 0;
        while (i >= floor && verbs < 3 && this.tokens[i].Kind == TokenKind.Word && !this.tokens[i].IsCapitalized(this.text) && !this.Is(i, WordClass.PronounSubject | WordClass.Determiner))
        {
            i--;
            verbs++;
        }

        return verbs == 0 ? null : this.NounPhraseEndingAt(this.SkipBackModifiers(i, floor), floor);
    }

    // The subject of the clause a participle hangs on: the nearest name, pronoun or noun phrase
    // before it that a verb follows ("Todd pressed Priebus ..., insisting").
    private (int Start, int End)? ClauseSubjectBefore(int floor, int cue)
    {
        for (var i = cue - 2; i >= floor; i--)
        {
            // A quotation ends the search; a single mark does not, as it is mostly the apostrophe of
            // a plural possessive ("impressed with Sanders’ comments Tuesday, telling reporters").
            if (this.tokens[i].IsQuote && QuoteRegions.IsDouble(this.text, this.tokens[i]))
            {
                return null;
            }

            var next = i + 1;
            if (this.tokens[next].Kind != TokenKind.Word || this.tokens[next].IsCapitalized(this.text)
                || this.Is(next, WordClass.Preposition | WordClass.Conjunction | WordClass.Determiner | WordClass.Complementizer))
            {
                continue;
            }

            // "Sen. Bernie Sanders (I-Vt.) called him divisive and accused": a party label ends the name.
            if (this.tokens[i].Kind != TokenKind.Word)
            {
                if (this.IsPunctuation(i, ')') && this.ParentheticalName(i, floor) is { } labelled && this.tokens[labelled.Start].IsCapitalized(this.text))
                {
                    return labelled;
                }

                continue;
            }

            var isSubject = this.Is(i, WordClass.PronounSubject) || (this.tokens[i].IsCapitalized(this.text) && !this.Is(i - 1, WordClass.Preposition) && (i == floor || !this.IsSentenceEnd(i - 1)));
            if (isSubject && this.NounPhraseEndingAt(i, floor) is { } np)
            {
                return np;
            }
        }

        return this.SubjectAtStart(floor, cue);
    }

    // "Rep. Trey Gowdy (R-S.C.) said": the party label is part of the subject.
    private (int Start, int End)? ParentheticalName(int close, int floor)
    {
        var open = close - 1;
        while (open > floor && !this.IsPunctuation(open, '(') && close - open < 8)
        {
            open--;
        }

        return this.IsPunctuation(open, '(') && this.NounPhraseEndingAt(open - 1, floor) is { } name ? (name.Start, close + 1) : null;
    }

    // "Smith, who said": the antecedent before the comma.
    private (int Start, int End)? RelativeAntecedent(int who, int floor)
        => this.IsPunctuation(who - 1, ',') ? this.NounPhraseEndingAt(who - 2, floor) : null;

    // The subject of a participle cue ("..., saying"): the first noun phrase of the sentence.
    private (int Start, int End)? SubjectAtStart(int start, int cue)
    {
        var i = start;
        while (i < cue && this.tokens[i].Kind != TokenKind.Word)
        {
            i++;
        }

        // "In a fiery takedown of the businessman, Sanders called ...": a phrase that opens with
        // a preposition or a conjunction and ends at a comma is no subject; the words after it are.
        if (i < cue && this.Is(i, WordClass.Preposition | WordClass.Conjunction))
        {
            var comma = i + 1;
            while (comma < cue && !this.IsPunctuation(comma, ',') && comma - i <= MaxAppositiveTokens)
            {
                comma++;
            }

            if (comma + 1 < cue && this.IsPunctuation(comma, ','))
            {
                i = comma + 1;
            }
        }

        var end = i;
        while (end < cue && (this.tokens[end].Kind is TokenKind.Word or TokenKind.Clitic) && !this.Is(end, WordClass.Auxiliary) && end - i < MaxSubjectTokens && !this.cues.TryFindVerb(this.Word(end), out _))
        {
            end++;
        }

        return end > i ? (i, end) : null;
    }

    // "said Peskov", "said the Kremlin spokesman", "said conservative activist Bob Klaus, who...",
    // "said Atlantic City Mayor Don Guardian in an interview": a subject after the cue, ended by
    // punctuation, a preposition or "who"; an appositive after its comma is not part of it.
    private (int Start, int End)? SubjectAfter(int i, int end)
    {
        if (i >= end || this.tokens[i].Kind != TokenKind.Word)
        {
            return null;
        }

        if (this.Is(i, WordClass.PronounSubject) && !this.Is(i, WordClass.PronounRelative))
        {
            return i + 1 >= end || this.IsClauseBreak(i + 1) || this.Is(i + 1, WordClass.Preposition) ? (i, i + 1) : null;
        }

        var stop = i;
        var determiner = this.Is(i, WordClass.Determiner);
        var sawName = false;
        while (stop < end && stop - i < MaxAppositiveTokens)
        {
            var token = this.tokens[stop];
            if (token.Kind == TokenKind.Word && token.IsCapitalized(this.text))
            {
                sawName = true;
                stop++;
            }
            else if (token.Kind == TokenKind.Clitic || (token.Kind == TokenKind.Punctuation && this.IsPunctuation(stop, '(')))
            {
                if (token.Kind == TokenKind.Punctuation)
                {
                    // "Sen. Chris Murphy (D-Conn.)": the party label belongs to the name.
                    var close = stop;
                    while (close < end && !this.IsPunctuation(close, ')') && close - stop < 8)
                    {
                        close++;
                    }

                    stop = close < end ? close + 1 : stop;
                    break;
                }

                stop++;
            }
            else if ((token.Kind == TokenKind.Word || (token.Kind == TokenKind.Number && determiner && stop > i)) && !this.Is(stop, WordClass.Preposition | WordClass.Complementizer | WordClass.PronounRelative | WordClass.Auxiliary) && (determiner || !sawName) && stop - i < 8)
            {
                // Lower-case words before the name ("conservative activist") or a plain noun phrase
                // ("the 46-year-old").
                stop++;
            }
            else if (sawName && token.Kind == TokenKind.Word && this.LowerCaseTitleBeforeName(stop, end) is var titleEnd and > 0)
            {
                // "RNC spokesman Sean Spicer", "Clinton campaign manager Robby Mook": a title
                // between the organisation and the name.
                stop = titleEnd;
            }
            else if (sawName && (this.IsWord(stop, "of") || this.IsWord(stop, "and")) && stop + 1 < end && this.tokens[stop + 1].IsCapitalized(this.text))
            {
                stop++;
            }
            else
            {
                break;
            }
        }

        if (stop == i || (!sawName && !determiner))
        {
            return null;
        }

        var closed = stop >= end || this.IsClauseBreak(stop) || this.IsSentenceEnd(stop) || this.Is(stop, WordClass.Preposition | WordClass.PronounRelative) || this.tokens[stop].IsQuote;
        return closed ? (i, stop) : null;
    }

    // "In a Facebook message posted Friday, Cruz said", "In a statement announcing the pick, the
    // union called": a participle inside the phrase a sentence opens with (a preposition that is
    // no conjunction, as "as" and "after" are, then a determiner), before the comma that ends it,
    // reports nothing; the sentence's own verb comes after the comma.
    private bool InFrontedPhrase(int unitStart, int cue, int unitEnd)
    {
        var first = unitStart;
        while (first < cue && this.tokens[first].Kind != TokenKind.Word)
        {
            first++;
        }

        var form = this.Word(cue);
        if (first + 1 >= cue || !this.Is(first, WordClass.Preposition) || this.Is(first, WordClass.Conjunction) || !this.Is(first + 1, WordClass.Determiner)
            || !(form.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || form.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // "At the bottom it reads": a subject of the verb's own is a clause, not a phrase.
        for (var i = first; i < cue; i++)
        {
            if (this.IsPunctuation(i, ',') || this.tokens[i].IsQuote || this.Is(i, WordClass.PronounSubject))
            {
                return false;
            }
        }

        for (var i = cue + 1; i < unitEnd; i++)
        {
            if (this.IsPunctuation(i, ','))
            {
                return true;
            }

            if (this.tokens[i].IsQuote || this.IsSentenceEnd(i))
            {
                return false;
            }
        }

        return false;
    }

    // The end of up to three lower-case words that a capitalised word follows ("campaign manager
    // Robby"), none a preposition, relative pronoun or auxiliary; 0 when there are none.
    private int LowerCaseTitleBeforeName(int start, int end)
    {
        for (var i = start; i < end && i - start < 3; i++)
        {
            if (this.tokens[i].Kind != TokenKind.Word || this.tokens[i].IsCapitalized(this.text) || this.Is(i, WordClass.Preposition | WordClass.PronounRelative | WordClass.Auxiliary | WordClass.Conjunction))
            {
                return 0;
            }

            if (i + 1 < end && this.tokens[i + 1].IsCapitalized(this.text))
            {
                return i + 1;
            }
        }

        return 0;
    }

    // Where the reported content starts after the cue (and its speaker, when inverted): after an
    // object of "told", a "that", a colon, or "in a statement".
    private int? ContentAfter(int i, int end, CueMatch cue)
    {
        if (i >= end)
        {
            return null;
        }

        // "said in a statement that", "wrote on Twitter:", "told reporters on Monday that".
        var that = -1;
        for (var j = i; j < end && j - i <= 8; j++)
        {
            if (this.tokens[j].IsQuote || this.IsPunctuation(j, ':') || this.IsWord(j, "that"))
            {
                that = j;
                break;
            }
        }

        if (that >= 0 && (that == i || this.Is(i, WordClass.Preposition) || (this.IsClauseBreak(i) && this.IsWord(that, "that")) || cue.Lemma is "tell" or "inform" or "assure" or "remind" or "warn" or "ask" or "urge" || this.IsWord(that, "that") && this.tokens[i].Kind == TokenKind.Word && that - i <= 4))
        {
            return this.tokens[that].IsQuote ? that : that + 1;
        }

        if (this.IsClauseBreak(i))
        {
            // "Walsh said, he fashioned a tourniquet": a comma, then a clause that opens with a
            // subject pronoun.
            if (i + 2 < end && this.IsPunctuation(i, ',') && this.Is(i + 1, WordClass.PronounSubject) && !this.Is(i + 1, WordClass.PronounRelative) && this.LooksLikeClause(i + 1, end))
            {
                return i + 1;
            }

            return this.tokens[i + 1 < end ? i + 1 : i].IsQuote ? i + 1 : null;
        }

        // "of" for "accused X of", "on" for "called on X to".
        return this.tokens[i].Kind is TokenKind.Word or TokenKind.Number or TokenKind.OpenQuote ? i : null;
    }

    private TextSpan SpanOf(int start, int end) => TextSpan.FromBounds(this.tokens[start].Start, this.tokens[end - 1].End);

    /// <summary>A reporting cue found in the text.</summary>
    private readonly record struct CueMatch(string Lemma, bool IsSource, ReportingCategory Category, bool IsParticiple, ReportingFrames Frames);
}

/// <summary>Who a quote is attributed to: the actor, and the mention the attribution used.</summary>
/// <param name="Speaker">The actor, when known.</param>
/// <param name="Mention">The mention, when the text has one.</param>
internal readonly record struct Attribution(ActorId? Speaker, TextSpan? Mention)
{
    /// <summary>For a partial quote whose words a later quote repeats: where they stand again.</summary>
    public int? Deferred { get; init; }
}

/// <summary>
/// A quote while the finder works on it: what the <see cref="Quote"/> will hold, without its id
/// and text, which are made once when the quotes are final.
/// </summary>
/// <param name="kind">The kind.</param>
/// <param name="span">The span of the quoted words.</param>
internal struct QuoteDraft(QuoteKind kind, TextSpan span)
{
    public QuoteKind Kind { get; set; } = kind;

    public TextSpan Span { get; set; } = span;

    public ActorId? Speaker { get; set; }

    public TextSpan? SpeakerMention { get; set; }

    public TextSpan? Cue { get; set; }

    public ActorId? Addressee { get; set; }

    // The quoted words, when the span also holds others (an attribution between two parts).
    public ImmutableArray<TextSpan> Parts { get; set; }
}
