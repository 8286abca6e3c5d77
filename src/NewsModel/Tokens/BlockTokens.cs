using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

using NewsModel.Extraction;
using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Tokens;

/// <summary>
/// The tokens of an article's blocks, made once per read and shared by the stages that read them
/// (actors, quotes and events each went over the whole text with the same tokenizer). The lists
/// are kept from one read to the next, like the finders' working lists.
/// </summary>
internal sealed class BlockTokens : IReusable
{
    // A cache that grew past this many tokens (a huge input) is not kept for the next read.
    private const int MaxKeptTokens = 1 << 20;

    // The blocks tokenized in this read, in the order they were asked for, and by span.
    private readonly List<(TextSpan Block, List<Token> Tokens)> blocks = [];
    private readonly Dictionary<TextSpan, List<Token>> byBlock = [];
    // The lists of earlier reads, emptied, by size class: class k holds the lists of capacity
    // 2^k to 2^(k+1) - 1. A block takes a list of its own size class, so that lists are not grown
    // again and again for blocks of other sizes, without sorting the spare lists on every read.
    private readonly Stack<List<Token>>[] spare = NewSizeClasses();
    private long spareTokens;
    private string? text;
    private bool sorted = true;

    // Part-of-speech tags, made on first need for a block (see TagsOf), in pooled arrays.
    private readonly Dictionary<TextSpan, BlockTags> tagsByBlock = [];
    private Tagging.PartOfSpeechTagger? tagger;
    private AbbreviationLexicon abbreviations = AbbreviationLexicon.Default;

    // Made once per cache (caches are kept from read to read), not once per block.
    private readonly Func<ReadOnlySpan<char>, bool> isAbbreviation;
    private Tagging.PartOfSpeechTagger? masksOf;
    private Tagging.PennTagMasks masks;
    private EquatableArray<Sentence> sentences;

    /// <summary>The tag of a token whose sentence was not tagged yet.</summary>
    public const byte NotTagged = byte.MaxValue;

    /// <summary>Whether the read has a part-of-speech stage, so that <see cref="TagsOf(string, TextSpan)"/> gives tags.</summary>
    public bool HasTags => this.tagger is not null;

    /// <summary>The model the read's tags are made with; null when it has no part-of-speech stage.</summary>
    public Tagging.TaggerModel? TagModel => this.tagger?.Model;

    /// <summary>The word classes of the read's tags (none when it has no part-of-speech stage).</summary>
    public Tagging.PennTagMasks Masks => this.masks;

    /// <summary>
    /// Whether a word may take one of the tags of a mask: false only when the tagger's training
    /// data holds the word and never with one of them ("said" is never a noun), so that a stage
    /// can decide without tagging the word's sentence. True for a word the data never held, and
    /// when the read has no part-of-speech stage.
    /// </summary>
    /// <param name="word">The word as written.</param>
    /// <param name="mask">The tags (<see cref="Masks"/>).</param>
    /// <returns>Whether the word may have one of the tags.</returns>
    public bool MayBe(ReadOnlySpan<char> word, ulong mask)
    {
        if (this.tagger is null)
        {
            return true;
        }

        var seen = this.tagger.Model.Words.Find(Tagging.TokenAtoms.Head(word, TokenKind.Word).Word).Tags;
        return seen == 0 || (seen & mask) != 0;
    }

    /// <summary>Creates an empty cache.</summary>
    public BlockTokens() => this.isAbbreviation = this.IsAbbreviation;

    /// <summary>Sets the abbreviations the read's tokens keep their full stop with, before any block is tokenized.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="lexicon">The abbreviations.</param>
    public void UseAbbreviations(string text, AbbreviationLexicon lexicon)
    {
        this.Use(text);
        this.abbreviations = lexicon;
    }

    /// <summary>Sets what the read's tags are made with: the tagger, and the sentences it tags one at a time.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="tagger">The tagger.</param>
    /// <param name="sentences">The article's sentences, in text order.</param>
    public void UseTagger(string text, Tagging.PartOfSpeechTagger tagger, EquatableArray<Sentence> sentences)
    {
        this.Use(text);
        this.tagger = tagger;
        this.sentences = sentences;
        if (!ReferenceEquals(tagger, this.masksOf))
        {
            // Kept from one read to the next: a pipeline keeps its tagger.
            this.masks = Tagging.PennTagMasks.Of(tagger.Model.Tags);
            this.masksOf = tagger;
        }
    }

    /// <summary>
    /// The part-of-speech tags of a block's tokens, one per token of <see cref="Of"/>, as indexes
    /// into the tagger's tags; made on first need. Empty when the read has no part-of-speech stage.
    /// </summary>
    /// <param name="text">The article's text.</param>
    /// <param name="block">The block.</param>
    /// <returns>The tags; valid until the read ends.</returns>
    public ReadOnlySpan<byte> TagsOf(string text, TextSpan block) => this.TagsOf(text, block, 0, int.MaxValue);

    /// <summary>
    /// The part-of-speech tags of a block's tokens, of which those of the sentences that hold
    /// tokens <paramref name="first"/> to <paramref name="last"/> (excluded) are made on first need;
    /// the others may still be <see cref="NotTagged"/>. Most stages ask about a few words, and a
    /// sentence no stage asks about is never tagged.
    /// </summary>
    /// <param name="text">The article's text.</param>
    /// <param name="block">The block.</param>
    /// <param name="first">The first token asked about.</param>
    /// <param name="last">The token after the last one asked about.</param>
    /// <returns>The tags, one per token of the block; empty when the read has no part-of-speech stage.</returns>
    public ReadOnlySpan<byte> TagsOf(string text, TextSpan block, int first, int last)
    {
        if (this.tagger is null)
        {
            return default;
        }

        var tokens = this.Of(text, block);
        if (!this.tagsByBlock.TryGetValue(block, out var tagged))
        {
            tagged = new BlockTags(ArrayPool<byte>.Shared.Rent(Math.Max(1, tokens.Count)), this.Runs(CollectionsMarshal.AsSpan(tokens)));
            tagged.Tags.AsSpan(0, tokens.Count).Fill(NotTagged);
            this.tagsByBlock.Add(block, tagged);
        }

        var all = CollectionsMarshal.AsSpan(tokens);
        last = Math.Min(last, tokens.Count);
        for (var i = Math.Max(0, first); i < last; i++)
        {
            if (tagged.Tags[i] == NotTagged)
            {
                var (start, end) = tagged.RunOf(i);
                this.tagger.Tag(text, all[start..end], tagged.Tags.AsSpan(start, end - start));
                i = end - 1;
            }
        }

        return tagged.Tags.AsSpan(0, tokens.Count);
    }

    // The block's tokens cut into runs that are tagged as one sequence, as the model was trained:
    // the tokens of each sentence, and the tokens outside every sentence (a byline, a credit) as
    // runs between them. A rented array of each run's end, in order.
    private RentedList<int> Runs(ReadOnlySpan<Token> tokens)
    {
        var ends = new RentedList<int>();
        var sentences = this.sentences.AsSpan();
        var s = 0;
        var i = 0;
        while (i < tokens.Length)
        {
            var start = tokens[i].Start;
            while (s < sentences.Length && sentences[s].Span.End <= start)
            {
                s++;
            }

            var end = i + 1;
            if (s < sentences.Length && sentences[s].Span.Start <= start)
            {
                var sentenceEnd = sentences[s].Span.End;
                while (end < tokens.Length && tokens[end].End <= sentenceEnd)
                {
                    end++;
                }
            }
            else
            {
                var next = s < sentences.Length ? sentences[s].Span.Start : int.MaxValue;
                while (end < tokens.Length && tokens[end].Start < next)
                {
                    end++;
                }
            }

            ends.Add(end);
            i = end;
        }

        return ends;
    }

    /// <summary>Whether the cache is small enough to keep for another read.</summary>
    public bool IsWorthKeeping => this.spareTokens <= MaxKeptTokens;

    /// <summary>The tokens of a block of the text, tokenized on first need.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="block">The block.</param>
    /// <returns>The tokens; a shared list, not to be changed.</returns>
    public List<Token> Of(string text, TextSpan block)
    {
        this.Use(text);
        if (!this.byBlock.TryGetValue(block, out var tokens))
        {
            tokens = this.TakeSpare(text, block);
            Tokenizer.Tokenize(text, block, this.isAbbreviation, tokens);

            this.byBlock.Add(block, tokens);
            this.sorted &= this.blocks.Count == 0 || this.blocks[^1].Block.Start <= block.Start;
            this.blocks.Add((block, tokens));
        }

        return tokens;
    }

    /// <summary>
    /// The tokens of a part of the text (a sentence) into a list: copied from the block that holds
    /// the part when the block was tokenized already and the part is cut at white space (or at the
    /// block's ends), where tokenizing the part alone gives the same tokens; tokenized otherwise.
    /// </summary>
    /// <param name="text">The article's text.</param>
    /// <param name="part">The part.</param>
    /// <param name="into">The list the tokens are appended to.</param>
    public void CopyOf(string text, TextSpan part, List<Token> into)
    {
        this.Use(text);
        if (this.BlockHolding(part) is not { } found || !IsCutCleanly(text, found.Block, part))
        {
            Tokenizer.Tokenize(text, part, this.isAbbreviation, into);
            return;
        }

        var tokens = found.Tokens;
        var first = TokenSearch.IndexAtOrAfter(tokens, part.Start);
        var last = first;
        while (last < tokens.Count && tokens[last].End <= part.End)
        {
            last++;
        }

        into.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens)[first..last]);
    }

    /// <summary>
    /// The tokens of a block, tokenized before, that lie wholly inside a part of the text (a quote's
    /// words, cut just inside its quotation marks), into a list: the block's own tokens, so that a
    /// quotation mark reads as it does in the whole paragraph. A part no tokenized block holds is
    /// tokenized alone.
    /// </summary>
    /// <param name="text">The article's text.</param>
    /// <param name="part">The part.</param>
    /// <param name="into">The list the tokens are appended to.</param>
    public void CopyWithin(string text, TextSpan part, List<Token> into)
    {
        this.Use(text);
        if (this.BlockHolding(part) is not { } found)
        {
            Tokenizer.Tokenize(text, part, this.isAbbreviation, into);
            return;
        }

        var tokens = found.Tokens;
        for (var i = TokenSearch.IndexAtOrAfter(tokens, part.Start); i < tokens.Count && tokens[i].End <= part.End; i++)
        {
            into.Add(tokens[i]);
        }
    }

    /// <summary>
    /// The part-of-speech tags of the tokens <see cref="CopyOf"/> gives for a part of the text, one
    /// per token; empty when the read has no part-of-speech stage or when the part's tokens are not
    /// its block's (a part cut inside a word is tokenized alone, and was never tagged).
    /// </summary>
    /// <param name="text">The article's text.</param>
    /// <param name="part">The part.</param>
    /// <returns>The tags; valid until the read ends.</returns>
    public ReadOnlySpan<byte> TagsOfCopy(string text, TextSpan part)
    {
        if (this.tagger is null || !ReferenceEquals(text, this.text) || this.BlockHolding(part) is not { } found || !IsCutCleanly(text, found.Block, part))
        {
            return default;
        }

        var tokens = found.Tokens;
        var first = TokenSearch.IndexAtOrAfter(tokens, part.Start);
        var last = first;
        while (last < tokens.Count && tokens[last].End <= part.End)
        {
            last++;
        }

        return this.TagsOf(text, found.Block, first, last)[first..last];
    }

    /// <summary>A spare list for a stage's own tokens (a sentence's), empty; give it back with <see cref="Return"/>.</summary>
    /// <returns>The list.</returns>
    public List<Token> Rent() => this.TakeSpare(0);

    /// <summary>Takes back a list from <see cref="Rent"/> for later reads.</summary>
    /// <param name="tokens">The list.</param>
    public void Return(List<Token> tokens)
    {
        tokens.Clear();
        this.Keep(tokens);
    }

    /// <inheritdoc />
    public bool Reset()
    {
        this.Clear();
        return this.IsWorthKeeping;
    }

    /// <summary>Forgets the read's blocks and keeps their lists for the next read.</summary>
    public void Clear()
    {
        foreach (var (_, tokens) in this.blocks)
        {
            tokens.Clear();
            this.Keep(tokens);
        }

        foreach (var tags in this.tagsByBlock.Values)
        {
            ArrayPool<byte>.Shared.Return(tags.Tags);
            tags.Runs.Dispose();
        }

        this.tagsByBlock.Clear();
        this.tagger = null;
        this.abbreviations = AbbreviationLexicon.Default;
        this.sentences = default;
        this.blocks.Clear();
        this.byBlock.Clear();
        this.text = null;
        this.sorted = true;
    }

    // A spare list that holds the block's likely token count (news text has about one token in
    // five code units), of the smallest size class that has one; failing a spare one, a new list
    // sized for the block. A list that turns out short grows as the tokenizer adds, and keeps its
    // size for later reads: counting the block's tokens exactly first would cost a second pass
    // over its text.
    private List<Token> TakeSpare(string text, TextSpan block)
        => this.TryTakeSpare(block.Length / 5) ?? new List<Token>(TokenCapacity.UpperBound(text, block));

    private List<Token> TakeSpare(int capacity) => this.TryTakeSpare(capacity) ?? new List<Token>(capacity);

    private List<Token>? TryTakeSpare(int capacity)
    {
        // A list of the capacity's own class if it holds the capacity, else one of the classes
        // above (whose lists all hold it), else the largest smaller one.
        var wanted = SizeClass(capacity);
        if (this.spare[wanted].TryPeek(out var own) && own.Capacity >= capacity)
        {
            this.spare[wanted].Pop();
            this.spareTokens -= own.Capacity;
            return own;
        }

        for (var k = wanted + 1; k < this.spare.Length; k++)
        {
            if (this.spare[k].TryPop(out var tokens))
            {
                this.spareTokens -= tokens.Capacity;
                return tokens;
            }
        }

        for (var k = wanted; k >= 0; k--)
        {
            if (this.spare[k].TryPop(out var tokens))
            {
                this.spareTokens -= tokens.Capacity;
                return tokens;
            }
        }

        return null;
    }

    private void Keep(List<Token> tokens)
    {
        this.spare[SizeClass(tokens.Capacity)].Push(tokens);
        this.spareTokens += tokens.Capacity;
    }

    private static int SizeClass(int capacity) => capacity <= 1 ? 0 : BitOperations.Log2((uint)capacity);

    private static Stack<List<Token>>[] NewSizeClasses()
    {
        var classes = new Stack<List<Token>>[32];
        for (var k = 0; k < classes.Length; k++)
        {
            classes[k] = [];
        }

        return classes;
    }

    // The abbreviations the tokens keep their full stop with: the embedded ones unless the
    // sentence stage gives its own (UseAbbreviations).
    private bool IsAbbreviation(ReadOnlySpan<char> word) => this.abbreviations.Contains(word);

    // The tokenizer looks at most two characters past a token and treats the start of its span as
    // white space: with white space on both sides of the part (or the block's own ends there), no
    // token crosses them and every decision inside comes out the same.
    private static bool IsCutCleanly(string text, TextSpan block, TextSpan part)
        => (part.Start == block.Start || char.IsWhiteSpace(text[part.Start - 1]))
            && (part.End == block.End || char.IsWhiteSpace(text[part.End]));

    private (TextSpan Block, List<Token> Tokens)? BlockHolding(TextSpan part)
    {
        if (this.sorted)
        {
            // The last block starting at or before the part.
            var low = 0;
            var high = this.blocks.Count;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (this.blocks[middle].Block.Start <= part.Start)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low > 0 && this.blocks[low - 1].Block.Contains(part) ? this.blocks[low - 1] : null;
        }

        foreach (var entry in this.blocks)
        {
            if (entry.Block.Contains(part))
            {
                return entry;
            }
        }

        return null;
    }

    // The cache belongs to one text at a time; a stage that replaced the article's text starts it anew.
    private void Use(string text)
    {
        if (!ReferenceEquals(text, this.text))
        {
            this.Clear();
            this.text = text;
        }
    }
}

/// <summary>A block's tags, made sentence by sentence, and where its sentences end.</summary>
/// <param name="Tags">A rented array of a tag per token, <see cref="BlockTokens.NotTagged"/> until its sentence is tagged.</param>
/// <param name="Runs">The end of each run of tokens tagged as one sequence, ascending.</param>
internal readonly record struct BlockTags(byte[] Tags, RentedList<int> Runs)
{
    /// <summary>The run that holds token i.</summary>
    /// <param name="i">The token.</param>
    /// <returns>Its first token and the token after its last.</returns>
    public (int Start, int End) RunOf(int i)
    {
        var ends = this.Runs.AsSpan();
        int lo = 0, hi = ends.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (ends[mid] > i)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return (lo == 0 ? 0 : ends[lo - 1], ends[lo]);
    }
}
