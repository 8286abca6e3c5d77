using System.Buffers;
using System.Collections.Immutable;

using NewsModel.Tokens;

namespace NewsModel.Tagging;

/// <summary>The type of a name the name tagger finds.</summary>
internal enum NameType : byte
{
    /// <summary>A person (PER).</summary>
    Person,

    /// <summary>An organisation (ORG).</summary>
    Organization,

    /// <summary>A place (LOC).</summary>
    Place,
}

/// <summary>A name the tagger found: tokens [<paramref name="Start"/>, <paramref name="End"/>) of the sentence.</summary>
/// <param name="Start">The index of its first token.</param>
/// <param name="End">The index just past its last token.</param>
/// <param name="Type">Its type.</param>
internal readonly record struct NameSpan(int Start, int End, NameType Type);

/// <summary>
/// Finds names of people, organisations and places in a sentence's tokens with a name model
/// (BILOU tags), reading the tokens' parts of speech when it has them. Safe to call from several
/// threads at once; a call allocates nothing.
/// </summary>
internal sealed class NameTagger
{
    private const byte Outside = 0;
    private const byte Begin = 1;
    private const byte Inside = 2;
    private const byte Last = 3;
    private const byte Unit = 4;

    private static readonly Lazy<NameTagger> DefaultTagger = new(() => new NameTagger(TaggerModel.Names), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SequenceTagger tagger;

    // Per tag of the model: where it stands in a name (Outside, Begin...) and the name's type.
    private readonly byte[] positions;
    private readonly NameType[] types;

    // The tag outside any name, or Unsettled when the model has none.
    private readonly byte outside;

    /// <summary>Creates a tagger over a name model.</summary>
    /// <param name="model">The model; its kind must be <see cref="TaggerModelKind.Names"/>.</param>
    public NameTagger(TaggerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Kind != TaggerModelKind.Names)
        {
            throw new ArgumentException($"A {model.Kind} model does not tag names.", nameof(model));
        }

        this.tagger = new SequenceTagger(model);
        var tags = model.Tags;
        this.positions = new byte[tags.Length];
        this.types = new NameType[tags.Length];
        this.outside = SequenceTagger.Unsettled;
        for (var t = 0; t < tags.Length; t++)
        {
            (this.positions[t], this.types[t]) = Read(tags[t]);
            if (tags[t] == "O")
            {
                this.outside = (byte)t;
            }
        }
    }

    /// <summary>The tagger over the embedded model.</summary>
    public static NameTagger Default => DefaultTagger.Value;

    /// <summary>The model.</summary>
    public TaggerModel Model => this.tagger.Model;

    /// <summary>The model's tags.</summary>
    public ImmutableArray<string> Tags => this.tagger.Model.Tags;

    /// <summary>Tags one sentence's tokens with BILOU tags.</summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="partsOfSpeech">Their part-of-speech tags (indexes into <see cref="TaggerModel.PartOfSpeech"/>'s tags), or empty.</param>
    /// <param name="tags">One slot per token for the index of its tag in <see cref="Tags"/>.</param>
    public void Tag(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> partsOfSpeech, Span<byte> tags) => this.Tag(text, tokens, partsOfSpeech, [], tags);

    /// <summary>Tags one sentence's tokens with BILOU tags, with what its document says of each token elsewhere.</summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="partsOfSpeech">Their part-of-speech tags (indexes into <see cref="TaggerModel.PartOfSpeech"/>'s tags), or empty.</param>
    /// <param name="document">One per token (<see cref="DocumentWords.Evidence"/>), or empty when there is no document.</param>
    /// <param name="tags">One slot per token for the index of its tag in <see cref="Tags"/>.</param>
    public void Tag(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> partsOfSpeech, ReadOnlySpan<byte> document, Span<byte> tags)
    {
        ArgumentNullException.ThrowIfNull(text);
        var atoms = ArrayPool<TokenAtoms>.Shared.Rent(tokens.Length);
        try
        {
            TokenAtoms.ReadHeads(text, tokens, atoms);
            if (this.outside == SequenceTagger.Unsettled)
            {
                this.tagger.Tag(text, tokens, atoms.AsSpan(0, tokens.Length), partsOfSpeech, document, tags);
                return;
            }

            var settled = ArrayPool<byte>.Shared.Rent(tokens.Length);
            try
            {
                Settle(atoms.AsSpan(0, tokens.Length), this.outside, settled.AsSpan(0, tokens.Length));
                this.tagger.Tag(text, tokens, atoms.AsSpan(0, tokens.Length), partsOfSpeech, document, settled.AsSpan(0, tokens.Length), tags);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(settled);
            }
        }
        finally
        {
            ArrayPool<TokenAtoms>.Shared.Return(atoms);
        }
    }

    /// <summary>Finds the names of one sentence.</summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="partsOfSpeech">Their part-of-speech tags, or empty.</param>
    /// <param name="names">Room for the names (at most one per token).</param>
    /// <returns>The number of names written, in token order.</returns>
    public int Find(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> partsOfSpeech, Span<NameSpan> names) => this.Find(text, tokens, partsOfSpeech, [], names);

    /// <summary>Finds the names of one sentence, with what its document says of each token elsewhere.</summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="partsOfSpeech">Their part-of-speech tags, or empty.</param>
    /// <param name="document">One per token (<see cref="DocumentWords.Evidence"/>), or empty.</param>
    /// <param name="names">Room for the names (at most one per token).</param>
    /// <returns>The number of names written, in token order.</returns>
    public int Find(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> partsOfSpeech, ReadOnlySpan<byte> document, Span<NameSpan> names)
    {
        var tags = ArrayPool<byte>.Shared.Rent(tokens.Length);
        try
        {
            this.Tag(text, tokens, partsOfSpeech, document, tags);
            return this.Spans(tags.AsSpan(0, tokens.Length), names);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(tags);
        }
    }

    /// <summary>The names that tags make: a U- tag alone, or B- (I-...) L- of one type, or B- (I-...) before an outside tag.</summary>
    /// <param name="tags">A tag per token (indexes into <see cref="Tags"/>).</param>
    /// <param name="names">Room for the names.</param>
    /// <returns>The number of names written.</returns>
    public int Spans(ReadOnlySpan<byte> tags, Span<NameSpan> names)
    {
        var n = 0;
        var open = -1;
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            switch (this.positions[tag])
            {
                case Unit:
                    names[n++] = new NameSpan(i, i + 1, this.types[tag]);
                    open = -1;
                    break;
                case Begin:
                    open = i;
                    break;
                case Last when open >= 0 && this.types[tags[open]] == this.types[tag]:
                    names[n++] = new NameSpan(open, i + 1, this.types[tag]);
                    open = -1;
                    break;
                case Inside when open >= 0 && this.types[tags[open]] == this.types[tag]:
                    break;
                case Outside when open >= 0:
                    // A token settled outside (Settle) after a name the model left open, as its
                    // transitions never would: the name ends before it.
                    names[n++] = new NameSpan(open, i, this.types[tags[open]]);
                    open = -1;
                    break;
                default:
                    open = -1;
                    break;
            }
        }

        return n;
    }

    /// <summary>
    /// Settles as outside any name the tokens with no capital or digit whose neighbours have
    /// none either: a name has one, and the words without that a name holds ("Bank of
    /// England", "Council on American - Islamic Relations") stand next to a word with one. The
    /// model is not asked about the rest, most of a news sentence.
    /// </summary>
    /// <param name="atoms">The tokens' head atoms.</param>
    /// <param name="outside">The model's tag outside a name.</param>
    /// <param name="settled">One slot per token: the outside tag, or <see cref="SequenceTagger.Unsettled"/>.</param>
    internal static void Settle(ReadOnlySpan<TokenAtoms> atoms, byte outside, Span<byte> settled)
    {
        settled.Fill(outside);
        for (var i = 0; i < atoms.Length; i++)
        {
            if (NameGazetteer.MayStart(atoms[i]))
            {
                settled[Math.Max(0, i - 1)..Math.Min(atoms.Length, i + 2)].Fill(SequenceTagger.Unsettled);
            }
        }
    }

    private static (byte Position, NameType Type) Read(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-')
        {
            return (Outside, default);
        }

        var position = tag[0] switch
        {
            'B' => Begin,
            'I' => Inside,
            'L' => Last,
            'U' => Unit,
            _ => Outside,
        };
        NameType? type = tag.AsSpan(2) switch
        {
            "PER" => NameType.Person,
            "ORG" => NameType.Organization,
            "LOC" => NameType.Place,
            _ => null,
        };
        return type is { } known ? (position, known) : (Outside, default);
    }
}
