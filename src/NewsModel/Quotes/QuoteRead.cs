using System.Buffers;

using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Text;
using NewsModel.Tokens;

namespace NewsModel.Quotes;

/// <summary>
/// What one read of an article knows, in one place: the article, its text and token cache, the
/// speakers it resolves, the block being read (its tokens and their word classes, its quote
/// regions and sentence units), the quotes found so far with the spans they take, and what a
/// block leaves to the next (a quote left open, an attribution ending in a colon). The units of
/// the finder hold no state of an article of their own: they ask this one about the block's
/// tokens ("is token 3 a comma?", "is token 4 a determiner?", "is it tagged as a verb?").
/// </summary>
/// <remarks>
/// One instance serves one read at a time and is kept, with its lists' room, for the next.
/// <see cref="Begin"/> and <see cref="End"/> both go through <see cref="Clear"/>, which replaces
/// the article's values as a whole (they live in one struct) and empties every list.
/// </remarks>
internal sealed class QuoteRead : IDisposable
{
    // A read whose lists grew past this many items (a long text) is not kept for another read.
    private const int MaxKeptItems = 4096;

    // The word classes of the block's tokens, looked up once per token rather than per question;
    // Unclassified until the first question.
    private const WordClass Unclassified = (WordClass)(1L << 62);

    private readonly WordClasses words;

    // The tokens before the first block: an empty list of the read's own, never changed.
    private readonly List<Token> noTokens = [];

    // The article's values and what is carried from block to block.
    private Values values;

    // The quotes found, as drafts: the list Find gives, rented for the read.
    private readonly RentedList<QuoteDraft> found = new();

    // The spans of the quotes found, in text order, to refuse overlapping ones.
    private readonly RentedList<TextSpan> taken = new();

    // Partial quotes whose words a later quote repeats, with the offset where they stand again.
    private readonly List<(QuoteDraft Quote, int Offset)> deferred = [];

    // The spans of the deferred quotes, so that a block of many quote marks stays linear.
    // Made for the first deferred quote: most articles have none.
    private HashSet<TextSpan>? deferredSpans;

    // Per-block working lists and arrays, reused from block to block; the arrays are rented and
    // returned when the article is done.
    private readonly List<QuoteRegion> regions = [];
    private readonly List<(int Start, int End)> units = [];
    private bool[] inQuote = [];
    private bool[] used = [];
    private WordClass[] classes = [];

    /// <summary>Makes a read with nothing begun.</summary>
    /// <param name="words">The word classes the read's questions ask of tokens; the embedded ones when null.</param>
    public QuoteRead(WordClasses? words = null)
    {
        this.words = words ?? WordClasses.Default;
        this.Clear();
    }

    /// <summary>The word classes the read's questions ask of tokens.</summary>
    public WordClasses Words => this.words;

    /// <summary>Whether the read's lists are small enough to keep for another read.</summary>
    public bool IsWorthKeeping => this.regions.Capacity <= MaxKeptItems && this.units.Capacity <= MaxKeptItems && this.deferred.Capacity <= MaxKeptItems;

    /// <summary>The article read.</summary>
    public Article Article => this.values.Article;

    /// <summary>The article's text.</summary>
    public string Text => this.values.Text;

    /// <summary>Resolves the speakers of attributions to actors.</summary>
    public SpeakerResolver Speakers => this.values.Speakers;

    /// <summary>The read's token cache: tokens and part-of-speech tags of the blocks.</summary>
    public BlockTokens BlockTokens => this.values.BlockTokens;

    /// <summary>The block being read.</summary>
    public TextSpan Block => this.values.Block;

    /// <summary>The block's tokens: a list of the read's shared token cache, not to be changed.</summary>
    public List<Token> Tokens => this.values.Tokens;

    /// <summary>The quotes found so far, as drafts; the list the finder gives once the article is read.</summary>
    public RentedList<QuoteDraft> Found => this.found;

    /// <summary>The block's quote regions, in order (see <see cref="QuoteRegions"/>).</summary>
    public List<QuoteRegion> Regions => this.regions;

    /// <summary>The block's sentence units, in order (see <see cref="QuoteRegions.Units"/>).</summary>
    public List<(int Start, int End)> Units => this.units;

    /// <summary>Partial quotes whose words a later quote repeats, with where they stand again.</summary>
    public List<(QuoteDraft Quote, int Offset)> Deferred => this.deferred;

    /// <summary>The index of a found quote whose marks were still open at the end of the last block, or -1.</summary>
    public int OpenQuote
    {
        get => this.values.OpenQuote;
        set => this.values.OpenQuote = value;
    }

    /// <summary>An attribution that ended its block with a colon ("Ward stated:"): the next block is its content.</summary>
    public (Attribution Attribution, TextSpan Cue)? PendingColon
    {
        get => this.values.PendingColon;
        set => this.values.PendingColon = value;
    }

    /// <summary>The subject of the last attribution read (token indices in the current block).</summary>
    public (int Start, int End)? LastSubject
    {
        get => this.values.LastSubject;
        set => this.values.LastSubject = value;
    }

    /// <summary>The next sentence to look at when cutting a block into units.</summary>
    public int NextSentence
    {
        get => this.values.NextSentence;
        set => this.values.NextSentence = value;
    }

    /// <summary>The speaker of the last attributed quote: a paragraph that is only a quote continues it.</summary>
    public Attribution? LastAttribution => this.values.LastAttribution;

    /// <summary>The block of <see cref="LastAttribution"/>.</summary>
    public int LastAttributionBlock => this.values.LastAttributionBlock;

    /// <summary>Starts a read of <paramref name="article"/>, from a state that nothing of an earlier read is left in.</summary>
    /// <param name="article">The article.</param>
    /// <param name="speakers">Resolves the speakers of the article's attributions.</param>
    /// <param name="blockTokens">The read's token cache.</param>
    public void Begin(Article article, SpeakerResolver speakers, BlockTokens blockTokens)
    {
        this.Clear();
        this.values.Article = article;
        this.values.Text = article.Text;
        this.values.Speakers = speakers;
        this.values.BlockTokens = blockTokens;
    }

    /// <summary>Ends the read: returns the rented drafts (the list <see cref="Found"/> gave) and lets the article go.</summary>
    public void End() => this.Clear();

    /// <summary>Ends a read under way, if any.</summary>
    public void Dispose() => this.Clear();

    /// <summary>Reads a block next: its tokens, with their word classes still to look up.</summary>
    /// <param name="block">The block, after the one read before.</param>
    /// <returns>Whether the block has tokens.</returns>
    public bool EnterBlock(TextSpan block)
    {
        this.values.Tokens = this.BlockTokens.Of(this.Text, block);
        this.values.Block = block;
        if (this.Tokens.Count == 0)
        {
            return false;
        }

        // The classes of the block's tokens are looked up when first asked for.
        if (this.classes.Length < this.Tokens.Count)
        {
            Return(this.classes);
            this.classes = ArrayPool<WordClass>.Shared.Rent(this.Tokens.Count);
        }

        this.classes.AsSpan(0, this.Tokens.Count).Fill(Unclassified);
        return true;
    }

    /// <summary>Marks the tokens the block's regions hold as quoted, and no region as used yet.</summary>
    public void MarkQuotedTokens()
    {
        var inQuote = Cleared(ref this.inQuote, this.Tokens.Count);
        foreach (var region in this.regions)
        {
            for (var i = region.Open; i < Math.Min(region.Close + 1, this.Tokens.Count); i++)
            {
                inQuote[i] = true;
            }
        }

        Cleared(ref this.used, this.regions.Count);
    }

    /// <summary>Whether a token of the block is inside quote marks (or is one).</summary>
    /// <param name="i">The token's index.</param>
    /// <returns>Whether it is.</returns>
    public bool IsInQuote(int i) => this.inQuote[i];

    /// <summary>Whether a quote found already holds a region of the block.</summary>
    /// <param name="region">The region's index.</param>
    /// <returns>Whether one does.</returns>
    public bool IsUsed(int region) => this.used[region];

    /// <summary>Notes that a quote holds a region of the block.</summary>
    /// <param name="region">The region's index.</param>
    public void Use(int region) => this.used[region] = true;

    /// <summary>Gives back the block arrays rented for the article.</summary>
    public void ReturnBlockArrays()
    {
        Return(this.inQuote);
        Return(this.used);
        Return(this.classes);
        this.inQuote = this.used = [];
        this.classes = [];
    }

    /// <summary>Claims a span unless a quote already found overlaps it; spans arrive nearly in text order.</summary>
    /// <param name="span">The span.</param>
    /// <returns>Whether it was free.</returns>
    public bool TryTake(TextSpan span)
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

    /// <summary>Adds a quote found in a block, unless it overlaps one found before.</summary>
    /// <param name="quote">The quote.</param>
    /// <param name="blockIndex">The index of its block.</param>
    public void Add(QuoteDraft quote, int blockIndex)
    {
        if (!this.TryTake(quote.Span))
        {
            return;
        }

        this.found.Add(quote);
        this.RememberSpeaker(quote, blockIndex);
    }

    /// <summary>Notes the speaker of an attributed quote, for a later paragraph that is only a quote.</summary>
    /// <param name="quote">The quote.</param>
    /// <param name="blockIndex">The index of its block.</param>
    public void RememberSpeaker(QuoteDraft quote, int blockIndex)
    {
        if (quote.Speaker is not null || quote.SpeakerMention is not null)
        {
            this.values.LastAttribution = new Attribution(quote.Speaker, quote.SpeakerMention);
            this.values.LastAttributionBlock = blockIndex;
        }
    }

    /// <summary>A found quote's span grew: the taken span that was its follows it (same start, so the order holds).</summary>
    /// <param name="from">The span it had.</param>
    /// <param name="to">The span it has.</param>
    public void MoveTaken(TextSpan from, TextSpan to)
    {
        var taken = this.IndexOfTaken(from);
        if (taken >= 0)
        {
            this.taken[taken] = to;
        }
    }

    /// <summary>Keeps a partial quote until the quotes after it are found: one of them says its words again.</summary>
    /// <param name="partial">The partial quote.</param>
    /// <param name="offset">Where its words stand again.</param>
    public void Defer(QuoteDraft partial, int offset)
    {
        this.deferred.Add((partial, offset));
        (this.deferredSpans ??= []).Add(partial.Span);
    }

    /// <summary>Whether a partial quote of the span waits for a later quote that says its words again.</summary>
    /// <param name="span">The span.</param>
    /// <returns>Whether one waits.</returns>
    public bool IsDeferred(TextSpan span) => this.deferredSpans?.Contains(span) ?? false;

    /// <summary>The span from the start of one token to the end of another.</summary>
    /// <param name="start">The first token.</param>
    /// <param name="end">The token after the last.</param>
    /// <returns>The span.</returns>
    public TextSpan SpanOf(int start, int end) => TextSpan.FromBounds(this.Tokens[start].Start, this.Tokens[end - 1].End);

    /// <summary>The index of the first token that starts at or after an offset.</summary>
    /// <param name="offset">The offset.</param>
    /// <returns>The index; the token count when none does.</returns>
    public int IndexAt(int offset) => TokenSearch.IndexAtOrAfter(this.Tokens, offset);

    /// <summary>A token's characters.</summary>
    /// <param name="i">The token's index.</param>
    /// <returns>The characters.</returns>
    public ReadOnlySpan<char> Word(int i) => this.Tokens[i].In(this.Text);

    /// <summary>Whether a token is a word written with a capital first letter.</summary>
    /// <param name="i">The token's index.</param>
    /// <returns>Whether it is.</returns>
    public bool IsCapitalized(int i) => this.Tokens[i].IsCapitalized(this.Text);

    /// <summary>Whether a token is the word, in any case; false for an index outside the block.</summary>
    /// <param name="i">The token's index.</param>
    /// <param name="word">The word.</param>
    /// <returns>Whether it is.</returns>
    public bool IsWord(int i, string word) => i >= 0 && i < this.Tokens.Count && this.Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a token is a word of one of the classes; false for an index outside the block.</summary>
    /// <param name="i">The token's index.</param>
    /// <param name="wordClass">The classes.</param>
    /// <returns>Whether it is.</returns>
    public bool Is(int i, WordClass wordClass)
    {
        if (i < 0 || i >= this.Tokens.Count)
        {
            return false;
        }

        var classes = this.classes[i];
        if (classes == Unclassified)
        {
            var token = this.Tokens[i];
            classes = this.classes[i] = token.Kind == TokenKind.Word ? this.words.Of(token.In(this.Text)) : WordClass.None;
        }

        return (classes & wordClass) != 0;
    }

    /// <summary>Whether a token is the punctuation character; false for an index outside the block.</summary>
    /// <param name="i">The token's index.</param>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is.</returns>
    public bool IsPunctuation(int i, char c) => i >= 0 && i < this.Tokens.Count && this.Tokens[i].Kind == TokenKind.Punctuation && this.Tokens[i].Span.Length == 1 && this.Text[this.Tokens[i].Start] == c;

    /// <summary>Whether a token breaks a clause: a comma, a colon, a semicolon or a dash.</summary>
    /// <param name="i">The token's index.</param>
    /// <returns>Whether it does.</returns>
    public bool IsClauseBreak(int i) => this.IsPunctuation(i, ',') || this.IsPunctuation(i, ':') || this.IsPunctuation(i, ';') || this.IsDash(i);

    /// <summary>Whether a token is a dash or a hyphen standing alone.</summary>
    /// <param name="i">The token's index.</param>
    /// <returns>Whether it is.</returns>
    public bool IsDash(int i) => i >= 0 && i < this.Tokens.Count && this.Tokens[i].Kind == TokenKind.Punctuation && this.Text[this.Tokens[i].Start] is '\u2014' or '\u2013' or '-';

    /// <summary>Whether a token ends a sentence: a full stop, a question or an exclamation mark.</summary>
    /// <param name="i">The token's index.</param>
    /// <returns>Whether it does.</returns>
    public bool IsSentenceEnd(int i) => this.IsPunctuation(i, '.') || this.IsPunctuation(i, '?') || this.IsPunctuation(i, '!');

    /// <summary>"“...,” she said": a closing quote mark (with its comma) just before the attribution.</summary>
    /// <param name="i">The attribution's first token.</param>
    /// <returns>Whether one closes there.</returns>
    public bool QuoteClosesBefore(int i)
        => (i - 1 >= 0 && this.Tokens[i - 1].Kind == TokenKind.CloseQuote) || (i - 2 >= 0 && this.IsClauseBreak(i - 1) && this.Tokens[i - 2].Kind == TokenKind.CloseQuote);

    /// <summary>
    /// Whether the token's part-of-speech tag is one of a mask's: false without tags. A word the
    /// tagger's data never saw with one of them is not tagged to find out.
    /// </summary>
    /// <param name="i">The token's index.</param>
    /// <param name="mask">The tags.</param>
    /// <returns>Whether it is tagged so.</returns>
    public bool IsTagged(int i, ulong mask)
    {
        if (i < 0 || i >= this.Tokens.Count || !this.BlockTokens.MayBe(this.Word(i), mask))
        {
            return false;
        }

        var tags = this.BlockTokens.TagsOf(this.Text, this.Block, i, i + 1);
        return tags.Length == this.Tokens.Count && Tagging.PennTagMasks.Has(mask, tags[i]);
    }

    /// <summary>Whether a token is inside a time expression of the article ("on Friday", "last week").</summary>
    /// <param name="i">The token's index.</param>
    /// <returns>Whether it is.</returns>
    public bool InTime(int i)
    {
        if (i < 0 || i >= this.Tokens.Count)
        {
            return false;
        }

        var times = this.Article.Times;
        var offset = this.Tokens[i].Start;
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

    // Every field of an article in one step: the values are replaced as a whole, the lists emptied
    // (keeping their room) and the rented arrays given back.
    private void Clear()
    {
        this.values = new Values(this.noTokens);
        this.found.Dispose();
        this.taken.Dispose();
        this.deferred.Clear();
        this.deferredSpans?.Clear();
        this.regions.Clear();
        this.units.Clear();
        this.ReturnBlockArrays();
    }

    // The article's values and what a block leaves to the next; a new one holds no article.
    private struct Values(List<Token> noTokens)
    {
        public Article Article = null!;
        public string Text = string.Empty;
        public SpeakerResolver Speakers = null!;
        public BlockTokens BlockTokens = null!;
        public TextSpan Block;

        // The current block's tokens, a list of the read's shared token cache (not to be changed); an
        // empty list of the read's own before the first block.
        public List<Token> Tokens = noTokens;

        // A quote whose marks were still open at the end of the last block: a block that opens with a
        // quote mark goes on with it (news reopens the quote at each paragraph without closing it).
        public int OpenQuote = -1;

        // An attribution that ended its block with a colon ("Ward stated:"): the next block is its content.
        public (Attribution Attribution, TextSpan Cue)? PendingColon;

        // The subject of the last attribution read (token indices in the current block).
        public (int Start, int End)? LastSubject;

        // The next sentence to look at when cutting a block into units.
        public int NextSentence;

        // The speaker of the last attributed quote and the block it was in: a paragraph that is only
        // a quote continues it.
        public Attribution? LastAttribution;
        public int LastAttributionBlock = -10;
    }
}
