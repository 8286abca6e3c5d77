using System.Runtime.InteropServices;

using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Actors;

/// <summary>The name tagger's say in the rules: where the lexicons know nothing, it decides.</summary>
internal sealed partial class ActorFinder
{
    private const byte NoName = 0;

    // The word classes of the embedded part-of-speech model's tags.
    private static readonly Lazy<PennTagMasks> PartOfSpeechMasks = new(() => PennTagMasks.Of(PartOfSpeechTagger.Default.Model.Tags), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NameTagger? nameTagger;

    // Per token of the block: the tagger's name type plus one (NoName outside every name), and
    // the name's first and last tokens; empty when there is no tagger.
    private byte[] taggedTypes = new byte[256];
    private int[] taggedStarts = new int[256];
    private int[] taggedEnds = new int[256];
    private NameSpan[] nameSpans = new NameSpan[256];
    private byte[] evidence = new byte[256];

    private byte[] ownPartsOfSpeech = new byte[256];

    // How the article writes each word, for the tagger's document features: counted over every
    // block before the first is tagged, as the model was trained on whole documents.
    private readonly DocumentWords documentWords = new();

    // Whether the current block was tagged (there is a tagger).
    private bool blockTagged;

    // What the tagger said of the single words left pending (by their start): NoName, or the
    // name's type plus one. A pending word the article names in full elsewhere is that actor;
    // one it does not is an actor of the tagger's type, or nothing when the tagger saw no name.
    private readonly Dictionary<int, byte> pendingTagged = [];

    // The tagger's readings of each pending word (no name, person, organisation, place), by word.
    private readonly Dictionary<string, PendingVotes> pendingVotes = [];

    /// <summary>Counts the words of every block for the tagger's document features (nothing without a tagger).</summary>
    /// <param name="blocks">The article's blocks.</param>
    private void CountDocumentWords(List<TextSpan> blocks)
    {
        this.documentWords.Clear();
        if (this.nameTagger is null)
        {
            return;
        }

        // A block's tokens come in text order, and so do the sentences: one walk finds each token's
        // sentence (the first that ends after the token starts).
        foreach (var block in blocks)
        {
            var all = CollectionsMarshal.AsSpan(this.blockTokens.Of(this.text, block));
            var sentence = all.IsEmpty ? 0 : this.SentenceOf(all[0].Start);
            var start = 0;
            for (var k = 0; k < all.Length; k++)
            {
                var first = sentence;
                while (sentence < this.sentences.Count && this.sentences[sentence].End <= all[k].Start)
                {
                    sentence++;
                }

                if (k > start && sentence != first)
                {
                    this.documentWords.Add(this.text, all[start..k]);
                    start = k;
                }
            }

            if (start < all.Length)
            {
                this.documentWords.Add(this.text, all[start..]);
            }
        }
    }

    // The run of the block's tokens [Start, End) that lie in the sentence of token k (or between the
    // same two sentences): those after the end of the sentence before and before this one's end.
    private (int Start, int End) SentenceRunAround(int k)
    {
        var sentence = this.SentenceOf(this.tokens[k].Start);
        var start = sentence > 0 ? TokenSearch.IndexAtOrAfter(this.tokens, this.sentences[sentence - 1].End) : 0;
        var end = sentence < this.sentences.Count ? TokenSearch.IndexAtOrAfter(this.tokens, this.sentences[sentence].End) : this.tokens.Count;
        return (start, end);
    }

    // The block whose tokens this.tokens holds, and per token whether its sentence was tagged.
    private TextSpan taggedBlock;
    private bool[] runTagged = new bool[256];

    /// <summary>
    /// Starts a block: its names are tagged sentence by sentence, as the model was trained, the
    /// first time the rules ask about a run of words in a sentence (most sentences hold no run
    /// that no lexicon knows, and are never tagged).
    /// </summary>
    private void BeginTaggedBlock(TextSpan block)
    {
        this.blockTagged = this.nameTagger is not null;
        if (this.nameTagger is null)
        {
            return;
        }

        this.taggedBlock = block;
        var count = this.tokens.Count;
        if (this.taggedTypes.Length < count)
        {
            var size = Math.Max(count, this.taggedTypes.Length * 2);
            this.taggedTypes = new byte[size];
            this.taggedStarts = new int[size];
            this.taggedEnds = new int[size];
            this.nameSpans = new NameSpan[size];
            this.runTagged = new bool[size];
            this.evidence = new byte[size];
        }

        this.taggedTypes.AsSpan(0, count).Clear();
        this.runTagged.AsSpan(0, count).Clear();
    }

    // Tags the sentences that hold tokens [start, end), those not tagged yet.
    private void EnsureTagged(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!this.runTagged[k])
            {
                this.TagSentenceAt(k);
            }
        }
    }

    // Tags the names of the sentence that holds token k (the tokens outside every sentence go as
    // runs between sentences), on the read's part-of-speech tags.
    private void TagSentenceAt(int k)
    {
        var all = CollectionsMarshal.AsSpan(this.tokens);
        var (start, end) = this.SentenceRunAround(k);
        var evidence = this.evidence.AsSpan(start, end - start);
        this.documentWords.Evidence(this.text, all[start..end], evidence);
        var found = this.nameTagger!.Find(this.text, all[start..end], this.PartsOfSpeech(all, start, end), evidence, this.nameSpans);
        for (var n = 0; n < found; n++)
        {
            // A hashtag or a handle is no part of a name: "#JusticeForAhmed Mohamed" names Mohamed.
            var name = this.nameSpans[n];
            while (name.Start < name.End && this.IsTagOrHandle(start + name.Start))
            {
                name = name with { Start = name.Start + 1 };
            }

            for (var t = start + name.Start; t < start + name.End; t++)
            {
                this.taggedTypes[t] = (byte)(name.Type + 1);
                this.taggedStarts[t] = start + name.Start;
                this.taggedEnds[t] = start + name.End;
            }
        }

        this.runTagged.AsSpan(start, end - start).Fill(true);
    }

    // The part-of-speech tags of tokens [start, end), as the name model was trained on them: the
    // embedded part-of-speech model's. The read's own tags serve when that model made them; a
    // pipeline with a model of its own, or with no part-of-speech stage, has them made here.
    private ReadOnlySpan<byte> PartsOfSpeech(ReadOnlySpan<Token> all, int start, int end)
    {
        var embedded = PartOfSpeechTagger.Default;
        if (ReferenceEquals(this.blockTokens.TagModel, embedded.Model))
        {
            return this.blockTokens.TagsOf(this.text, this.taggedBlock, start, end)[start..end];
        }

        if (this.ownPartsOfSpeech.Length < end - start)
        {
            this.ownPartsOfSpeech = new byte[Math.Max(end - start, this.ownPartsOfSpeech.Length * 2)];
        }

        var tags = this.ownPartsOfSpeech.AsSpan(0, end - start);
        embedded.Tag(this.text, all[start..end], tags);
        return tags;
    }

    // Whether the tagger reads tokens [start, end) as one name of the type (false without a tagger).
    private bool TaggerReadsOne(int start, int end, NameType type)
    {
        if (!this.blockTagged)
        {
            return false;
        }

        this.EnsureTagged(start, end);
        return this.taggedTypes[start] == (byte)(type + 1) && this.taggedStarts[start] == start && this.taggedEnds[start] == end;
    }

    // Whether the tagger's "no name" over a run in mid-sentence yields to the rules: a run of
    // capitalised words whose last is no word the part-of-speech model's English text writes in
    // lower case, and whose first is no common noun there, is a name the tagger did not know
    // ("and Dries Mertens making": "Dries" reads as the verb), not a title or a thing ("National
    // Magic Month", "Paralympic Games", "Spacecraft Stardust"), which the rules would make a person.
    private bool RulesOverruleNoName(int start, int end)
    {
        var words = PartOfSpeechTagger.Default.Model.Words;
        var masks = PartOfSpeechMasks.Value;
        return end - start > 1
            && (SeenInLowerCase(words, this.Word(end - 1)) == 0)
            && (SeenInLowerCase(words, this.Word(start)) & masks.Nouns) == 0;
    }

    // The part-of-speech tags a model's dictionary saw a word with, written in lower case (0 when
    // it never saw it so).
    private static ulong SeenInLowerCase(WordDictionary words, ReadOnlySpan<char> word)
    {
        if (word.Length > 64)
        {
            return 0;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return words.Find(TokenAtoms.Head(lower, TokenKind.Word).Word).Tags;
    }

    // Whether the embedded part-of-speech model tags token k a verb (false without a name tagger,
    // the rules alone).
    private bool IsTaggedVerb(int k)
    {
        if (!this.blockTagged)
        {
            return false;
        }

        // A word the model's text never had as a verb ("adviser") is none, whatever it is tagged.
        var verbs = PartOfSpeechMasks.Value.Verbs;
        if ((SeenInLowerCase(PartOfSpeechTagger.Default.Model.Words, this.Word(k)) & verbs) == 0)
        {
            return false;
        }

        var (start, end) = this.SentenceRunAround(k);
        var tags = this.PartsOfSpeech(CollectionsMarshal.AsSpan(this.tokens), start, end);
        return PennTagMasks.Has(verbs, tags[k - start]);
    }

    // Whether the tagger tags no token of [start, end) as (part of) a name.
    private bool TaggerSaysNoName(int start, int end)
    {
        if (!this.blockTagged)
        {
            return false;
        }

        this.EnsureTagged(start, end);
        for (var k = start; k < end; k++)
        {
            if (this.taggedTypes[k] != NoName)
            {
                return false;
            }
        }

        return true;
    }

    // Where no lexicon knows a run of capitalised words, the tagger decides: no name where it
    // sees none, else each name it sees inside the run, of its type (a single word is left
    // pending, so that a short name the article gives in full elsewhere is that actor).
    private int ReadTagged(int start, int end, List<string> roles, Gender gender, int titleStart, bool sentenceStart)
    {
        if (this.TaggerSaysNoName(start, end))
        {
            // A single word stays pending as the rules leave it: the tagger reads an unknown
            // surname alone ("Nowak said") less surely than a run, and the article may use it again.
            if (end - start == 1)
            {
                this.pending.Add((this.SpanOf(start, end), this.IsMidSentence(start, sentenceStart)));
                this.pendingTagged[this.tokens[start].Start] = NoName;
            }

            return end;
        }

        var k = start;
        while (k < end)
        {
            if (this.taggedTypes[k] == NoName)
            {
                k++;
                continue;
            }

            var nameEnd = Math.Min(end, this.taggedEnds[k]);
            this.AddTagged(k, nameEnd, (NameType)(this.taggedTypes[k] - 1), k == start ? roles : this.noRoles, gender, k == start ? titleStart : k, sentenceStart && k == start);
            k = nameEnd;
        }

        return end;
    }

    private void AddTagged(int start, int end, NameType type, List<string> roles, Gender gender, int titleStart, bool sentenceStart)
    {
        if (end - start == 1 && roles.Count == 0)
        {
            this.pending.Add((this.SpanOf(start, end), this.IsMidSentence(start, sentenceStart)));
            this.pendingTagged[this.tokens[start].Start] = (byte)(type + 1);
            return;
        }

        if (this.TryEntity(start, end))
        {
            return;
        }

        if (type == NameType.Person)
        {
            this.AddPerson(start, end, roles, gender, titleStart, null);
            return;
        }

        var draft = this.Draft(this.PhraseOf(start, end), type == NameType.Organization ? ActorKind.Organization : ActorKind.Place);
        this.AddMention(draft, this.MentionOf(start, end, MentionKind.Name));
    }

    // What the tagger read each pending word as, over all its occurrences: votes for no name and
    // for each type, by word.
    private void CountPendingVotes()
    {
        this.pendingVotes.Clear();
        var bySpan = this.pendingVotes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (span, _) in this.pending)
        {
            if (this.pendingTagged.TryGetValue(span.Start, out var tagged))
            {
                var word = this.text.AsSpan(span.Start, span.Length);
                bySpan.TryGetValue(word, out var votes);
                bySpan[word] = tagged switch
                {
                    NoName => votes with { None = votes.None + 1 },
                    1 => votes with { Person = votes.Person + 1 },
                    2 => votes with { Organization = votes.Organization + 1 },
                    _ => votes with { Place = votes.Place + 1 },
                };
            }
        }
    }

    // The actor the tagger makes of a pending word no longer name holds: of the type most of its
    // readings gave, or none when most of them saw no name there ("Stardust" the spacecraft read
    // ten times is no organisation for its repeating). Null, not vetoed, when the tagger never read it.
    private ActorDraft? TaggedPending(string word, out bool vetoed)
    {
        vetoed = false;
        if (!this.pendingVotes.TryGetValue(word, out var votes))
        {
            return null;
        }

        // Ties go to no name, then to the earlier type.
        var best = NoName;
        var most = votes.None;
        Consider(1, votes.Person);
        Consider(2, votes.Organization);
        Consider(3, votes.Place);
        void Consider(byte type, int count)
        {
            if (count > most)
            {
                (best, most) = (type, count);
            }
        }

        if (best == NoName)
        {
            vetoed = true;
            return null;
        }

        return this.Draft(word, (NameType)(best - 1) switch
        {
            NameType.Person => ActorKind.Person,
            NameType.Organization => ActorKind.Organization,
            _ => ActorKind.Place,
        });
    }

    // Whether a word is inside a sentence (not its first word, nor in the headline).
    private bool IsMidSentence(int i, bool sentenceStart)
        => !sentenceStart && !(this.article.Headline is { } headline && headline.Span.Contains(this.tokens[i].Span));
}

/// <summary>What the name tagger read a pending word as, over its occurrences.</summary>
/// <param name="None">Readings with no name there.</param>
/// <param name="Person">Readings as a person.</param>
/// <param name="Organization">Readings as an organisation.</param>
/// <param name="Place">Readings as a place.</param>
internal readonly record struct PendingVotes(int None, int Person, int Organization, int Place);
