using System.Collections.Immutable;
using System.Runtime.CompilerServices;

using NewsModel.Tokens;

namespace NewsModel.Tagging;

/// <summary>
/// The features of the part-of-speech model (Penn Treebank tags): the word, its lower-cased form,
/// affixes and shape, its neighbours to two either side, the two tags before it, and what the
/// model's dictionary knows of it and of the next word (the tags they were seen with, a frequent
/// word's usual tag, lexicon classes). The features of one token in one role (itself, the word
/// before, the word after...) are apart from those that combine tokens or tags, so that a model
/// can add up the first kind once for its frequent words.
/// </summary>
internal sealed class PartOfSpeechTemplates : FeatureTemplates
{
    /// <summary>The templates every model of this version uses.</summary>
    public static readonly PartOfSpeechTemplates Instance = new(Template.Default);

    // Stand-ins for the words before the first token and after the last.
    private static readonly ulong Before = FeatureHash.Atom(1, 0xB0);
    private static readonly ulong After = FeatureHash.Atom(2, 0xB0);

    // The roles, in the order of RoleOffsets: the token itself, and its neighbours.
    private const int Self = 0;
    private const int Previous = 1;
    private const int Next = 2;
    private const int SecondPrevious = 3;
    private const int SecondNext = 4;

    private readonly Template enabled;

    /// <summary>Templates with a chosen set on (for comparing sets in training).</summary>
    /// <param name="enabled">The templates on.</param>
    public PartOfSpeechTemplates(Template enabled) => this.enabled = enabled;

    /// <summary>
    /// The templates; a value's bit number is its id in the hash. Those outside
    /// <see cref="Default"/> were tried on EWT dev and left out: each moved accuracy by less
    /// than the spread between training seeds, and a template that reads a tag costs a look-up
    /// per token where one that reads a single word is cached.
    /// </summary>
    [Flags]
    public enum Template : ulong
    {
        None = 0,
        Bias = 1UL << 1,
        Word = 1UL << 2,
        Lower = 1UL << 3,
        Prefixes = 1UL << 4,
        Suffixes = 1UL << 5,
        Shape = 1UL << 6,
        ShortShape = 1UL << 7,
        Traits = 1UL << 8,
        Kind = 1UL << 9,
        PreviousWord = 1UL << 10,
        SecondPreviousWord = 1UL << 11,
        NextWord = 1UL << 12,
        SecondNextWord = 1UL << 13,
        PreviousTag = 1UL << 14,
        PreviousTags = 1UL << 15,
        PreviousTagWord = 1UL << 16,
        SureTag = 1UL << 17,
        SeenTags = 1UL << 18,
        NextSeenTags = 1UL << 19,
        NextSuffix = 1UL << 20,
        PreviousSuffix = 1UL << 21,
        Lexicon = 1UL << 22,
        SecondNextSeenTags = 1UL << 23,
        PreviousTagNextWord = 1UL << 24,
        WordNextWord = 1UL << 25,
        PreviousSeenTags = 1UL << 28,
        PreviousTagSeenTags = 1UL << 29,
        SeenTagsNextSeenTags = 1UL << 30,
        PreviousTagsWord = 1UL << 33,
        LowerSeenTags = 1UL << 34,
        CapitalLowerSeenTags = 1UL << 35,

        /// <summary>The set the shipped model uses.</summary>
        Default = Bias | Word | Lower | Prefixes | Suffixes | Shape | ShortShape | Traits | Kind
            | PreviousWord | SecondPreviousWord | NextWord | SecondNextWord
            | PreviousTag | PreviousTags
            | WordNextWord
            | SureTag | SeenTags | LowerSeenTags | CapitalLowerSeenTags | NextSeenTags | NextSuffix | PreviousSuffix | Lexicon,
    }

    /// <inheritdoc />
    public override TaggerModelKind Kind => TaggerModelKind.PartOfSpeech;

    /// <inheritdoc />
    public override int Version => 1;

    /// <inheritdoc />
    public override int MaxFeatures => 32;

    /// <summary>The templates on.</summary>
    public Template Enabled => this.enabled;

    /// <inheritdoc />
    public override bool ContextReadsTags =>
        this.On(Template.PreviousTagWord | Template.PreviousTagNextWord | Template.PreviousTagsWord | Template.PreviousTagSeenTags);

    /// <inheritdoc />
    public override ImmutableArray<int> RoleOffsets { get; } = [0, -1, 1, -2, 2];

    /// <inheritdoc />
    public override int ExtractRole(int role, in TokenAtoms token, in WordInfo word, in WordInfo lower, Span<uint> keys)
    {
        var n = 0;
        switch (role)
        {
            case Self:
                this.Add(keys, ref n, Template.Bias, 0);
                this.Add(keys, ref n, Template.Word, token.Word);
                this.Add(keys, ref n, Template.Lower, token.Lower);
                if (this.On(Template.Prefixes))
                {
                    AddAffixes(keys, ref n, TemplateId(Template.Prefixes), token.Prefixes, 3);
                }

                if (this.On(Template.Suffixes))
                {
                    AddAffixes(keys, ref n, TemplateId(Template.Suffixes), token.Suffixes, TokenAtoms.AffixLengths);
                }

                this.Add(keys, ref n, Template.Shape, token.Shape);
                this.Add(keys, ref n, Template.ShortShape, token.ShortShape);
                if (this.On(Template.Traits))
                {
                    const TokenTraits Flags = TokenTraits.HasDigit | TokenTraits.HasHyphen | TokenTraits.HasUpper;
                    AddBits(keys, ref n, TemplateId(Template.Traits), (uint)(token.Traits & Flags));
                }

                if (word.Sure != WordInfo.NoTag)
                {
                    this.Add(keys, ref n, Template.SureTag, word.Sure);
                }

                this.Add(keys, ref n, Template.SeenTags, word.Tags);
                this.Add(keys, ref n, Template.LowerSeenTags, lower.Tags);
                if ((token.Traits & TokenTraits.InitialUpper) != 0)
                {
                    this.Add(keys, ref n, Template.CapitalLowerSeenTags, lower.Tags);
                }

                if (this.On(Template.Lexicon))
                {
                    AddBits(keys, ref n, TemplateId(Template.Lexicon), word.Classes);
                }

                break;
            case Previous:
                this.Add(keys, ref n, Template.PreviousWord, token.Lower);
                this.Add(keys, ref n, Template.PreviousSuffix, token.Suffixes[2]);
                this.Add(keys, ref n, Template.PreviousSeenTags, word.Tags);
                break;
            case Next:
                this.Add(keys, ref n, Template.NextWord, token.Lower);
                this.Add(keys, ref n, Template.NextSuffix, token.Suffixes[2]);
                this.Add(keys, ref n, Template.NextSeenTags, word.Tags);
                break;
            case SecondPrevious:
                this.Add(keys, ref n, Template.SecondPreviousWord, token.Lower);
                break;
            case SecondNext:
                this.Add(keys, ref n, Template.SecondNextWord, token.Lower);
                this.Add(keys, ref n, Template.SecondNextSeenTags, word.Tags);
                break;
        }

        return n;
    }

    /// <inheritdoc />
    public override int ExtractBoundary(int role, Span<uint> keys)
    {
        var n = 0;
        switch (role)
        {
            case Previous:
                this.Add(keys, ref n, Template.PreviousWord, Before);
                break;
            case Next:
                this.Add(keys, ref n, Template.NextWord, After);
                break;
            case SecondPrevious:
                this.Add(keys, ref n, Template.SecondPreviousWord, Before);
                break;
            case SecondNext:
                this.Add(keys, ref n, Template.SecondNextWord, After);
                break;
        }

        return n;
    }

    /// <inheritdoc />
    public override int ExtractTags(byte secondPrevious, byte previous, Span<uint> keys)
    {
        var n = 0;
        this.Add(keys, ref n, Template.PreviousTag, previous);
        this.Add(keys, ref n, Template.PreviousTags, ((ulong)secondPrevious << 8) | previous);
        return n;
    }

    /// <inheritdoc />
    public override int ExtractContext(in SentenceView sentence, int position, ReadOnlySpan<byte> tags, Span<uint> keys)
    {
        var n = 0;
        ref readonly var token = ref sentence.Atoms[position];
        var word = sentence.Words[position];
        var next = position + 1 < sentence.Length ? sentence.Atoms[position + 1].Lower : After;
        if (token.Kind is not TokenKind.Word and not TokenKind.Number)
        {
            this.Add(keys, ref n, Template.Kind, (ulong)token.Kind);
        }

        this.Add(keys, ref n, Template.WordNextWord, token.Lower, next);
        if (position + 1 < sentence.Length)
        {
            this.Add(keys, ref n, Template.SeenTagsNextSeenTags, word.Tags, sentence.Words[position + 1].Tags);
        }

        if (this.ContextReadsTags)
        {
            var tag1 = position > 0 ? tags[position - 1] : StartTag;
            var tag2 = position > 1 ? tags[position - 2] : StartTag;
            this.Add(keys, ref n, Template.PreviousTagWord, tag1, token.Lower);
            this.Add(keys, ref n, Template.PreviousTagNextWord, tag1, next);
            this.Add(keys, ref n, Template.PreviousTagsWord, ((ulong)tag2 << 8) | tag1, token.Lower);
            this.Add(keys, ref n, Template.PreviousTagSeenTags, tag1, word.Tags);
        }

        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool On(Template template) => (this.enabled & template) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(Span<uint> keys, ref int n, Template template, ulong atom)
    {
        if (this.On(template))
        {
            keys[n++] = FeatureHash.Key(TemplateId(template), atom);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(Span<uint> keys, ref int n, Template template, ulong first, ulong second)
    {
        if (this.On(template))
        {
            keys[n++] = FeatureHash.Key(TemplateId(template), first, second);
        }
    }

    // A template's id in the hash: its bit number, and a part for templates of several (the
    // prefix length); stable while the enum keeps its values.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TemplateId(Template template, int part = 0) => (int)(ulong.TrailingZeroCount((ulong)template) << 3) + part;
}
