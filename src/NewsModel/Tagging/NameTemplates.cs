using System.Collections.Immutable;
using System.Runtime.CompilerServices;

using NewsModel.Tokens;

namespace NewsModel.Tagging;

/// <summary>
/// The features of the name model (BILOU tags over PER, ORG and LOC): the word, its lower-cased
/// form, affixes and shape, its neighbours to two either side with their shapes, what the model's
/// dictionary knows of each (the name tags it was seen with, its lexicon classes: given names,
/// countries, demonyms, places, organisations, titles, organisation head words, known people),
/// the parts of speech of the token and its neighbours (the tags the part-of-speech tagger gave,
/// when there are any), the two tags before it, whether it opens the sentence (where a
/// capital says nothing of a name), and how its document writes the word elsewhere (capitalised
/// in mid-sentence, lower-cased: <see cref="DocumentWords"/>, when the caller gives it).
/// </summary>
internal sealed class NameTemplates : FeatureTemplates
{
    /// <summary>The templates every model of this version uses.</summary>
    public static readonly NameTemplates Instance = new(Template.Default);

    // Stand-ins for the words before the first token and after the last, and for a missing
    // part-of-speech tag.
    private static readonly ulong Before = FeatureHash.Atom(1, 0xB1);
    private static readonly ulong After = FeatureHash.Atom(2, 0xB1);
    private const byte NoPos = byte.MaxValue;

    /// <summary>The dictionary's class bit of a given name (the name model's word classes).</summary>
    public const byte FirstNameClass = 1 << 0;

    /// <summary>The dictionary's class bit of a title ("President").</summary>
    public const byte TitleClass = 1 << 5;

    /// <summary>The dictionary's class bit of an organisation or place head word ("Ministry").</summary>
    public const byte HeadWordClass = 1 << 6;

    private const int Self = 0;
    private const int Previous = 1;
    private const int Next = 2;
    private const int SecondPrevious = 3;
    private const int SecondNext = 4;

    private readonly Template enabled;

    /// <summary>Templates with a chosen set on (for comparing sets in training).</summary>
    /// <param name="enabled">The templates on.</param>
    public NameTemplates(Template enabled) => this.enabled = enabled;

    /// <summary>The templates; a value's bit number is its id in the hash.</summary>
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
        SeenTags = 1UL << 9,
        LowerSeenTags = 1UL << 10,
        Lexicon = 1UL << 11,
        LexiconSet = 1UL << 12,
        PreviousWord = 1UL << 13,
        PreviousShape = 1UL << 14,
        PreviousSeenTags = 1UL << 15,
        PreviousLexicon = 1UL << 16,
        NextWord = 1UL << 17,
        NextShape = 1UL << 18,
        NextSeenTags = 1UL << 19,
        NextLexicon = 1UL << 20,
        SecondPreviousWord = 1UL << 21,
        SecondNextWord = 1UL << 22,
        PreviousTag = 1UL << 23,
        PreviousTags = 1UL << 24,
        PartOfSpeech = 1UL << 25,
        PreviousPartOfSpeech = 1UL << 26,
        NextPartOfSpeech = 1UL << 27,
        PartsOfSpeechAround = 1UL << 28,
        PreviousTagPartOfSpeech = 1UL << 29,
        PreviousTagWord = 1UL << 30,
        Initial = 1UL << 31,
        InitialWord = 1UL << 32,
        SecondPreviousShape = 1UL << 33,
        SecondNextShape = 1UL << 34,
        PreviousTagSeenTags = 1UL << 35,
        DocumentEvidence = 1UL << 36,
        Gazetteer = 1UL << 37,
        FirstNameCue = 1UL << 38,
        TitleCue = 1UL << 39,
        HeadWordCue = 1UL << 40,

        /// <summary>The set the shipped model uses.</summary>
        Default = Bias | Word | Lower | Prefixes | Suffixes | Shape | ShortShape | Traits
            | SeenTags | LowerSeenTags | Lexicon | LexiconSet
            | PreviousWord | PreviousShape | PreviousSeenTags | PreviousLexicon
            | NextWord | NextShape | NextSeenTags | NextLexicon
            | SecondPreviousWord | SecondNextWord | SecondPreviousShape | SecondNextShape
            | PreviousTag | PreviousTags
            | PartOfSpeech | PreviousPartOfSpeech | NextPartOfSpeech | PartsOfSpeechAround | PreviousTagPartOfSpeech
            | PreviousTagWord | Initial | InitialWord | PreviousTagSeenTags | DocumentEvidence
            | Gazetteer | FirstNameCue | TitleCue | HeadWordCue,
    }

    /// <inheritdoc />
    public override TaggerModelKind Kind => TaggerModelKind.Names;

    /// <inheritdoc />
    public override int Version => 3;

    /// <inheritdoc />
    public override int MaxFeatures => 32;

    /// <summary>The templates on.</summary>
    public Template Enabled => this.enabled;

    /// <inheritdoc />
    public override bool ContextReadsTags => this.On(Template.PreviousTagPartOfSpeech | Template.PreviousTagWord | Template.PreviousTagSeenTags);

    /// <inheritdoc />
    public override ImmutableArray<int> RoleOffsets { get; } = [0, -1, 1, -2, 2];

    /// <inheritdoc />
    public override bool ReadsPhrases => this.On(Template.Gazetteer);

    /// <summary>Whether a BILOU tag may follow another: I- and L- only inside a name of their type, which B- opens.</summary>
    /// <param name="previous">The tag before, or null at the start of the sentence.</param>
    /// <param name="next">The tag after it.</param>
    /// <returns>Whether it may.</returns>
    public static bool Allows(string? previous, string next)
    {
        var open = previous is not null && (previous.StartsWith("B-", StringComparison.Ordinal) || previous.StartsWith("I-", StringComparison.Ordinal));
        if (!open)
        {
            return !next.StartsWith("I-", StringComparison.Ordinal) && !next.StartsWith("L-", StringComparison.Ordinal);
        }

        return (next.StartsWith("I-", StringComparison.Ordinal) || next.StartsWith("L-", StringComparison.Ordinal))
            && next.AsSpan(2).SequenceEqual(previous.AsSpan(2));
    }

    /// <inheritdoc />
    public override TagTransitions? Transitions(ImmutableArray<string> tags) => new(tags, Allows);

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
                    const TokenTraits Flags = TokenTraits.HasDigit | TokenTraits.HasHyphen | TokenTraits.HasUpper | TokenTraits.InitialUpper | TokenTraits.HasPeriod | TokenTraits.HasLower;
                    AddBits(keys, ref n, TemplateId(Template.Traits), (uint)(token.Traits & Flags));
                }

                this.Add(keys, ref n, Template.SeenTags, word.Tags);
                this.Add(keys, ref n, Template.LowerSeenTags, lower.Tags);
                if (this.On(Template.Lexicon))
                {
                    AddBits(keys, ref n, TemplateId(Template.Lexicon), word.Classes);
                }

                this.Add(keys, ref n, Template.LexiconSet, word.Classes);
                break;
            case Previous:
                this.Add(keys, ref n, Template.PreviousWord, token.Lower);
                this.Add(keys, ref n, Template.PreviousShape, token.ShortShape);
                this.Add(keys, ref n, Template.PreviousSeenTags, word.Tags);
                this.Add(keys, ref n, Template.PreviousLexicon, word.Classes);
                break;
            case Next:
                this.Add(keys, ref n, Template.NextWord, token.Lower);
                this.Add(keys, ref n, Template.NextShape, token.ShortShape);
                this.Add(keys, ref n, Template.NextSeenTags, word.Tags);
                this.Add(keys, ref n, Template.NextLexicon, word.Classes);
                break;
            case SecondPrevious:
                this.Add(keys, ref n, Template.SecondPreviousWord, token.Lower);
                this.Add(keys, ref n, Template.SecondPreviousShape, token.ShortShape);
                break;
            case SecondNext:
                this.Add(keys, ref n, Template.SecondNextWord, token.Lower);
                this.Add(keys, ref n, Template.SecondNextShape, token.ShortShape);
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
                this.Add(keys, ref n, Template.PreviousShape, Before);
                break;
            case Next:
                this.Add(keys, ref n, Template.NextWord, After);
                this.Add(keys, ref n, Template.NextShape, After);
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

        // A capital at the start of a sentence (or after an opening quote or bracket) says
        // nothing of a name: the first word's own entry decides there.
        var initial = position == 0 || sentence.Atoms[position - 1].Kind is TokenKind.OpenQuote or TokenKind.Punctuation;
        if (initial)
        {
            this.Add(keys, ref n, Template.Initial, word.Tags);
            this.Add(keys, ref n, Template.InitialWord, token.Lower);
        }

        // How the document writes the word elsewhere, capitalised in mid-sentence or lower-cased,
        // with how it is written here: what a sentence's first word and an unknown word lack.
        // (The same with the next word's evidence, or with the word's seen tags, scored worse on
        // the GUM folds.)
        if (!sentence.Document.IsEmpty)
        {
            this.Add(keys, ref n, Template.DocumentEvidence, sentence.Document[position]);
        }

        // The lexicon name of several words covering the token, a feature per class with the
        // token's place in it: it says where a name starts and ends, which the classes of its
        // single words do not. (Names of one word too, as U, scored worse with the rules on the
        // GUM folds: the dictionary's classes of the word say as much.)
        if (!sentence.Phrases.IsEmpty && sentence.Phrases[position] is var phrase and not 0)
        {
            for (var bits = (uint)(phrase >> 2); bits != 0; bits &= bits - 1)
            {
                this.Add(keys, ref n, Template.Gazetteer, (uint.TrailingZeroCount(bits) << 2) | (phrase & 3u));
            }
        }

        // Cues of a name around a capitalised word that no lexicon lists whole: a given name
        // before it or it after one, a title just before it, a head word ("Ministry") one or two
        // words after it.
        var capital = NameGazetteer.MayStart(token);
        var last = sentence.Length - 1;
        if (this.On(Template.FirstNameCue))
        {
            if ((word.Classes & FirstNameClass) != 0 && position < last && NameGazetteer.MayStart(sentence.Atoms[position + 1]))
            {
                this.Add(keys, ref n, Template.FirstNameCue, 1);
            }

            if (capital && position > 0 && (sentence.Words[position - 1].Classes & FirstNameClass) != 0)
            {
                this.Add(keys, ref n, Template.FirstNameCue, 2);
            }
        }

        if (capital && position > 0 && (sentence.Words[position - 1].Classes & TitleClass) != 0)
        {
            this.Add(keys, ref n, Template.TitleCue, 1);
        }

        if (capital && this.On(Template.HeadWordCue))
        {
            if (position < last && (sentence.Words[position + 1].Classes & HeadWordClass) != 0)
            {
                this.Add(keys, ref n, Template.HeadWordCue, 1);
            }
            else if (position + 1 < last && (sentence.Words[position + 2].Classes & HeadWordClass) != 0)
            {
                this.Add(keys, ref n, Template.HeadWordCue, 2);
            }
        }

        var given = sentence.Given;
        if (!given.IsEmpty)
        {
            var pos = given[position];
            var before = position > 0 ? given[position - 1] : NoPos;
            var after = position + 1 < sentence.Length ? given[position + 1] : NoPos;
            this.Add(keys, ref n, Template.PartOfSpeech, pos);
            this.Add(keys, ref n, Template.PreviousPartOfSpeech, before);
            this.Add(keys, ref n, Template.NextPartOfSpeech, after);
            this.Add(keys, ref n, Template.PartsOfSpeechAround, ((ulong)before << 16) | ((ulong)pos << 8) | after);
        }

        if (this.ContextReadsTags)
        {
            var tag1 = position > 0 ? tags[position - 1] : StartTag;
            if (!given.IsEmpty)
            {
                this.Add(keys, ref n, Template.PreviousTagPartOfSpeech, tag1, given[position]);
            }

            this.Add(keys, ref n, Template.PreviousTagWord, tag1, token.Lower);
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

    // A template's id in the hash: its bit number, and a part for templates of several; the
    // name templates' ids are apart from the part-of-speech ones (a model holds one kind only,
    // but a shared id would make a stray key of one kind weigh in the other).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TemplateId(Template template, int part = 0) => 1024 + (int)(ulong.TrailingZeroCount((ulong)template) << 3) + part;
}
