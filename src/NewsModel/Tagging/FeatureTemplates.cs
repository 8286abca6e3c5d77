using System.Collections.Immutable;

namespace NewsModel.Tagging;

/// <summary>
/// What the feature templates of one sentence see: each token's atoms and dictionary entries, and
/// the tags another tagger gave the tokens (a name tagger reads the parts of speech); all spans
/// have one item per token, the given tags none when there are none. A token whose word the model
/// caches may have only its head atoms and no entry in any case: its roles' features are added
/// from the cache, and the context's features read only heads and entries as written.
/// </summary>
/// <param name="Atoms">The tokens' atoms.</param>
/// <param name="Words">What the model's dictionary knows of each token as written.</param>
/// <param name="LowerWords">What the model's dictionary knows of each token in any case.</param>
/// <param name="Given">Tags from another tagger, or empty.</param>
/// <param name="Document">What the document says of each token elsewhere (<see cref="DocumentWords.Evidence"/>), or empty.</param>
/// <param name="Phrases">The lexicon name covering each token (<see cref="NameGazetteer.Match"/>), or empty when the templates read none.</param>
internal readonly ref struct SentenceView(ReadOnlySpan<TokenAtoms> Atoms, ReadOnlySpan<WordInfo> Words, ReadOnlySpan<WordInfo> LowerWords, ReadOnlySpan<byte> Given, ReadOnlySpan<byte> Document = default, ReadOnlySpan<byte> Phrases = default)
{
    /// <summary>The tokens' atoms.</summary>
    public ReadOnlySpan<TokenAtoms> Atoms { get; } = Atoms;

    /// <summary>What the model's dictionary knows of each token as written.</summary>
    public ReadOnlySpan<WordInfo> Words { get; } = Words;

    /// <summary>What the model's dictionary knows of each token in any case.</summary>
    public ReadOnlySpan<WordInfo> LowerWords { get; } = LowerWords;

    /// <summary>Tags from another tagger, or empty.</summary>
    public ReadOnlySpan<byte> Given { get; } = Given;

    /// <summary>What the document says of each token elsewhere, or empty.</summary>
    public ReadOnlySpan<byte> Document { get; } = Document;

    /// <summary>The lexicon name covering each token (<see cref="NameGazetteer.Match"/>), or empty.</summary>
    public ReadOnlySpan<byte> Phrases { get; } = Phrases;

    /// <summary>The number of tokens.</summary>
    public int Length => this.Atoms.Length;
}

/// <summary>
/// The features a kind of model extracts, and the tag sequences it allows. A model names its
/// kind and template version in its header, and loads only with templates of that kind and
/// version: the weights are keyed by what the templates hash. A tagger of another kind (names)
/// brings its own subclass and registers it in <see cref="Find"/>.
/// </summary>
internal abstract class FeatureTemplates
{
    /// <summary>The tag a template sees before the first token.</summary>
    public const byte StartTag = byte.MaxValue;

    /// <summary>The kind of model the templates are for.</summary>
    public abstract TaggerModelKind Kind { get; }

    /// <summary>The version of the templates: a change to any template is a new version.</summary>
    public abstract int Version { get; }

    /// <summary>The most feature keys one call of an Extract method writes.</summary>
    public abstract int MaxFeatures { get; }

    /// <summary>
    /// The roles a token plays for the token tagged, as offsets from it: 0 for the token itself,
    /// -1 for the one before... The features of a role depend on that one token alone (its atoms
    /// but not its kind, and its dictionary entries), so that their weights can be added up once
    /// per word and role.
    /// </summary>
    public abstract ImmutableArray<int> RoleOffsets { get; }

    /// <summary>The templates of a model kind and version this library has, or null.</summary>
    /// <param name="kind">The model's kind.</param>
    /// <param name="version">The model's template version.</param>
    /// <returns>The templates, or null.</returns>
    public static FeatureTemplates? Find(TaggerModelKind kind, int version) => kind switch
    {
        TaggerModelKind.PartOfSpeech when version == PartOfSpeechTemplates.Instance.Version => PartOfSpeechTemplates.Instance,
        TaggerModelKind.Names when version == NameTemplates.Instance.Version => NameTemplates.Instance,
        _ => null,
    };

    /// <summary>Writes the keys of the features a token gives in a role.</summary>
    /// <param name="role">The role (an index into <see cref="RoleOffsets"/>).</param>
    /// <param name="token">The token's atoms.</param>
    /// <param name="word">What the dictionary knows of it as written.</param>
    /// <param name="lower">What the dictionary knows of it in any case.</param>
    /// <param name="keys">Room for <see cref="MaxFeatures"/> keys.</param>
    /// <returns>The number of keys written.</returns>
    public abstract int ExtractRole(int role, in TokenAtoms token, in WordInfo word, in WordInfo lower, Span<uint> keys);

    /// <summary>Writes the keys of the features of a role that falls outside the sentence.</summary>
    /// <param name="role">The role (an index into <see cref="RoleOffsets"/>).</param>
    /// <param name="keys">Room for <see cref="MaxFeatures"/> keys.</param>
    /// <returns>The number of keys written.</returns>
    public abstract int ExtractBoundary(int role, Span<uint> keys);

    /// <summary>
    /// Writes the keys of the features of the two tags before the token alone: the model adds up
    /// their weights once for every pair of tags.
    /// </summary>
    /// <param name="secondPrevious">The tag two tokens before, or <see cref="StartTag"/>.</param>
    /// <param name="previous">The tag of the token before, or <see cref="StartTag"/>.</param>
    /// <param name="keys">Room for <see cref="MaxFeatures"/> keys.</param>
    /// <returns>The number of keys written.</returns>
    public abstract int ExtractTags(byte secondPrevious, byte previous, Span<uint> keys);

    /// <summary>
    /// Writes the keys of the features that combine tokens, or tags and tokens, or the position.
    /// They may read of any token only its head atoms (<see cref="TokenAtoms.Head"/>) and its
    /// entry as written: the rest may be missing for a cached word.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="position">The token's index.</param>
    /// <param name="tags">The tags chosen for the tokens before it (at least <paramref name="position"/> of them).</param>
    /// <param name="keys">Room for <see cref="MaxFeatures"/> keys.</param>
    /// <returns>The number of keys written.</returns>
    public abstract int ExtractContext(in SentenceView sentence, int position, ReadOnlySpan<byte> tags, Span<uint> keys);

    /// <summary>
    /// Whether <see cref="ExtractContext"/> reads the tags before the token: when it does not,
    /// the decoder adds the context's features up before it chooses any tag.
    /// </summary>
    public virtual bool ContextReadsTags => true;

    /// <summary>Whether <see cref="ExtractContext"/> reads the lexicon names covering the tokens (<see cref="SentenceView.Phrases"/>).</summary>
    public virtual bool ReadsPhrases => false;

    /// <summary>Writes the keys of every feature of a token: its roles', its tags' and its context's.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="position">The token's index.</param>
    /// <param name="tags">The tags chosen for the tokens before it.</param>
    /// <param name="keys">Room for <see cref="MaxFeatures"/> keys per role and two more times, for the tags and the context.</param>
    /// <returns>The number of keys written.</returns>
    public int ExtractAll(in SentenceView sentence, int position, ReadOnlySpan<byte> tags, Span<uint> keys)
    {
        var n = 0;
        var offsets = this.RoleOffsets;
        for (var role = 0; role < offsets.Length; role++)
        {
            var at = position + offsets[role];
            n += at < 0 || at >= sentence.Length
                ? this.ExtractBoundary(role, keys[n..])
                : this.ExtractRole(role, sentence.Atoms[at], sentence.Words[at], sentence.LowerWords[at], keys[n..]);
        }

        n += this.ExtractTags(position > 1 ? tags[position - 2] : StartTag, position > 0 ? tags[position - 1] : StartTag, keys[n..]);
        return n + this.ExtractContext(sentence, position, tags, keys[n..]);
    }

    /// <summary>
    /// The transitions the decoder must keep to (a BILOU name tagger allows I- only after B- or
    /// I- of the same type), or null when every tag may follow every other.
    /// </summary>
    /// <param name="tags">The model's tags.</param>
    /// <returns>The transitions, or null.</returns>
    public virtual TagTransitions? Transitions(ImmutableArray<string> tags) => null;

    /// <summary>Adds a key per affix of the first <paramref name="count"/>: the i-th under template id <paramref name="id"/> + i.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="n">How many keys are set; advanced.</param>
    /// <param name="id">The template id of the first affix.</param>
    /// <param name="affixes">The token's prefixes or suffixes.</param>
    /// <param name="count">How many affixes.</param>
    protected static void AddAffixes(Span<uint> keys, ref int n, int id, in TokenAtoms.Affixes affixes, int count)
    {
        for (var i = 0; i < count; i++)
        {
            keys[n++] = FeatureHash.Key(id + i, affixes[i]);
        }
    }

    /// <summary>Adds a key per set bit of <paramref name="bits"/> (a trait, a lexicon class), the bit's number as the atom.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="n">How many keys are set; advanced.</param>
    /// <param name="id">The template id.</param>
    /// <param name="bits">The bits.</param>
    protected static void AddBits(Span<uint> keys, ref int n, int id, uint bits)
    {
        for (; bits != 0; bits &= bits - 1)
        {
            keys[n++] = FeatureHash.Key(id, uint.TrailingZeroCount(bits));
        }
    }
}

/// <summary>
/// Which tag may follow which: for each previous tag (and the start of a sentence) a bit per tag
/// that may come next. Read-only once built.
/// </summary>
internal sealed class TagTransitions
{
    // Index 0 is the start of the sentence; index t + 1 is after tag t.
    private readonly ulong[] allowed;

    /// <summary>Builds the transitions from a rule.</summary>
    /// <param name="tags">The tags.</param>
    /// <param name="allows">Whether a tag may follow another (the first argument null at the start).</param>
    public TagTransitions(ImmutableArray<string> tags, Func<string?, string, bool> allows)
    {
        ArgumentNullException.ThrowIfNull(allows);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tags.Length, FeatureWeights.MaxTags);
        this.allowed = new ulong[tags.Length + 1];
        for (var previous = -1; previous < tags.Length; previous++)
        {
            ulong bits = 0;
            for (var next = 0; next < tags.Length; next++)
            {
                if (allows(previous < 0 ? null : tags[previous], tags[next]))
                {
                    bits |= 1UL << next;
                }
            }

            this.allowed[previous + 1] = bits;
        }
    }

    /// <summary>The tags that may follow a tag.</summary>
    /// <param name="previous">The previous tag, or <see cref="FeatureTemplates.StartTag"/> at the start.</param>
    /// <returns>A bit per tag allowed.</returns>
    public ulong After(byte previous) => previous == FeatureTemplates.StartTag ? this.allowed[0] : this.allowed[previous + 1];
}
