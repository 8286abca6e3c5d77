using System.Text;

using NewsModel.Extraction;
using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tokens;

namespace NewsModel.Actors;

/// <summary>
/// Finds the actors of one article: capitalised names classified with the lexicons, titles and
/// appositives as roles, demonyms and capitals as mentions of their countries, and descriptions
/// and pronouns linked to the actors they stand for. One instance reads one article at a time and
/// keeps its working lists from one article to the next (see <see cref="ActorStage"/>).
/// </summary>
internal sealed partial class ActorFinder : IReusable
{
    private const int MaxNameTokens = 8;

    // A name the lexicon knows may be longer than a run read by shape alone (a comma-separated list
    // of words in an agency's name).
    private const int MaxKnownNameTokens = 14;

    // The largest working lists kept for the next article: a huge input leaves its memory behind.
    private const int MaxKeptTokens = 1 << 14;
    private const int MaxKeptDrafts = 1 << 12;

    private Article article = null!;
    private string text = string.Empty;
    private readonly LexiconSet lexicons;
    private readonly PeopleLexicon people;
    private readonly WordClasses words;
    private readonly List<ActorDraft> drafts = [];

    // Every draft made for this article (merged ones too), and the spare ones of earlier articles:
    // drafts and their lists are reused rather than made anew for each actor of each article.
    private readonly List<ActorDraft> made = [];
    private readonly Stack<ActorDraft> spareDrafts = [];
    private readonly Dictionary<string, ActorDraft> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ActorDraft>.AlternateLookup<ReadOnlySpan<char>> byNameBySpan;
    // The current block's tokens: a list of the read's shared token cache, not to be changed.
    private readonly List<Token> noTokens = [];
    private List<Token> tokens;
    private BlockTokens blockTokens = null!;

    // Capitalised words that may name an actor found elsewhere in the article ("Putin" in a headline
    // before "Vladimir Putin"), and descriptions ("the Venezuelan president") to link afterwards.
    private readonly List<(TextSpan Span, bool MidSentence)> pending = [];
    private readonly List<Description> descriptions = [];
    // The pronouns to link once every name is read, with what their block's tokens said of them:
    // whether the pronoun is an object ("him"; "her" before punctuation or a function word) and
    // where the last clause boundary before it starts (-1 when none in its sentence).
    private readonly List<(TextSpan Span, WordClass Class, int Sentence, bool IsObject, int ClauseStart)> pronouns = [];
    private readonly List<TextSpan> sentences = [];
    private readonly MentionStarts mentionStarts = new();

    // Working collections of the later steps (coreference, freezing), kept from one article to the
    // next like the lists above and emptied where they are used.
    private readonly List<TextSpan> blocks = [];
    private readonly List<ActorDraft> draftsCopy = [];
    private readonly List<ActorDraft> persons = [];
    private readonly List<ActorDraft> live = [];
    private readonly List<long> firstMentions = [];
    private readonly List<long> orderKeys = [];
    private readonly List<(TextSpan Span, ActorDraft Draft)> ordered = [];
    private readonly List<int> orderedStarts = [];

    // The pronouns linked so far, in text order, and a list of the mentions of one sentence.
    private readonly List<(TextSpan Span, ActorDraft Draft)> linkedPronouns = [];
    private readonly List<(TextSpan Span, ActorDraft Draft)> antecedents = [];
    private readonly HashSet<string> usedIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorDraft?> resolvedWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorDraft?>.AlternateLookup<ReadOnlySpan<char>> resolvedWordsBySpan;
    private readonly Dictionary<string, int> midSentenceWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> midSentenceWordsBySpan;
    private readonly Dictionary<ActorDraft, (int Start, int Count)> namedSpans = [];
    private readonly List<TextSpan> namedSpanList = [];
    private readonly Dictionary<(string, ActorDraft?, bool), ActorDraft?> descriptionMatches = [];
    private readonly Dictionary<string, int> theNameCounts = new(StringComparer.Ordinal);

    // The last mentions added, newest last: a description looks up the name just before it here.
    private readonly List<(TextSpan Span, ActorDraft Draft)> recent = [];

    // Whether the block's tokens are apart by nothing or one plain space: every phrase of them is
    // then as TextOf gives it, and needs no scan.
    private bool spacesNormalized;

    // What the lexicons say of each token of the block (its classes, the titles and the known names
    // it starts), read on first need: the rules ask about the same word many times (is it a name, a
    // pronoun, a determiner before the next one; does a title or a place start with it), and one
    // merged table answers all of it.
    private const WordClass Unread = (WordClass)(1L << 62);
    private readonly ActorWords actorWords;
    private WordFacts[] facts = new WordFacts[256];

    public ActorFinder(LexiconSet lexicons, PeopleLexicon people, ActorWords actorWords, Tagging.NameTagger? nameTagger = null)
    {
        this.words = lexicons.WordClasses;
        this.nameTagger = nameTagger;
        this.actorWords = actorWords;
        this.resolvedWordsBySpan = this.resolvedWords.GetAlternateLookup<ReadOnlySpan<char>>();
        this.midSentenceWordsBySpan = this.midSentenceWords.GetAlternateLookup<ReadOnlySpan<char>>();
        this.lexicons = lexicons;
        this.people = people;
        this.byNameBySpan = this.byName.GetAlternateLookup<ReadOnlySpan<char>>();
        this.tokens = this.noTokens;
    }

    /// <summary>Whether the finder is small enough to keep for another article after <see cref="Clear"/>.</summary>
    public bool IsWorthKeeping => this.facts.Length <= MaxKeptTokens && this.taggedTypes.Length <= MaxKeptTokens && this.drafts.Capacity <= MaxKeptDrafts
        && this.ordered.Capacity <= MaxKeptTokens && this.linkedPronouns.Capacity <= MaxKeptTokens;

    /// <summary>Finds the actors of an article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="blockTokens">The read's token cache, which tokenizes the blocks for this and later stages.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public Actor[] Find(Article article, BlockTokens blockTokens, CancellationToken cancellationToken = default)
    {
        this.Clear();
        this.article = article;
        this.blockTokens = blockTokens;
        this.text = article.Text;
        foreach (var sentence in article.Sentences)
        {
            this.sentences.Add(sentence.Span);
        }

        return this.Find(cancellationToken);
    }

    /// <inheritdoc />
    public bool Reset()
    {
        this.Clear();
        return this.IsWorthKeeping;
    }

    /// <summary>Empties every working list, so that nothing of the last article is kept or seen.</summary>
    public void Clear()
    {
        this.article = null!;
        this.text = string.Empty;
        this.drafts.Clear();
        this.RecycleDrafts();
        this.byName.Clear();
        this.tokens = this.noTokens;
        this.blockTokens = null!;
        this.pending.Clear();
        this.descriptions.Clear();
        this.pronouns.Clear();
        this.sentences.Clear();
        this.recent.Clear();
        this.spacesNormalized = false;
        this.gatheringDescriptions.Clear();
        this.roleSpans.Clear();
        this.appositiveDescriptions.Clear();
        this.demonyms.Clear();
        this.definiteOrganizations.Clear();
        this.recentOrganizations.Clear();
        this.namedWithDemonym.Clear();
        this.definiteLinks.Clear();
        this.theNames.Clear();
        this.lexiconAffiliations.Clear();
        this.tournamentGroups.Clear();
        this.noRoles.Clear();
        this.titleRoles.Clear();
        this.mentionStarts.Clear();
        this.blocks.Clear();
        this.draftsCopy.Clear();
        this.persons.Clear();
        this.live.Clear();
        this.firstMentions.Clear();
        this.usedIds.Clear();
        this.resolvedWords.Clear();
        this.midSentenceWords.Clear();
        this.namedSpans.Clear();
        this.namedSpanList.Clear();
        this.orderKeys.Clear();
        this.ordered.Clear();
        this.orderedStarts.Clear();
        this.linkedPronouns.Clear();
        this.antecedents.Clear();
        this.descriptionMatches.Clear();
        this.theNameCounts.Clear();
        this.pendingTagged.Clear();
        this.pendingVotes.Clear();
        this.blockTagged = false;
    }

    private ActorDraft NewDraft(string name, ActorKind kind)
    {
        var draft = this.spareDrafts.TryPop(out var spare) ? spare.Restart(name, kind) : new ActorDraft(name, kind);
        this.made.Add(draft);
        return draft;
    }

    private void RecycleDrafts()
    {
        foreach (var draft in this.made)
        {
            // An actor with a huge list (a long text's) is not kept.
            if (draft.IsWorthKeeping && this.spareDrafts.Count < MaxKeptDrafts)
            {
                this.spareDrafts.Push(draft.Restart(string.Empty, default));
            }
        }

        this.made.Clear();
    }

    private Actor[] Find(CancellationToken cancellationToken)
    {
        var blocks = this.Blocks();
        this.CountDocumentWords(blocks);
        foreach (var block in blocks)
        {
            // Checked per block (a paragraph): a huge single paragraph is read in one go.
            cancellationToken.ThrowIfCancellationRequested();
            this.tokens = this.blockTokens.Of(this.text, block);
            if (this.facts.Length < this.tokens.Count)
            {
                this.facts = new WordFacts[Math.Max(this.tokens.Count, this.facts.Length * 2)];
            }

            this.facts.AsSpan(0, this.tokens.Count).Fill(new WordFacts(Unread, 0, 0));
            this.BeginTaggedBlock(block);
            this.spacesNormalized = this.AreSpacesNormalized();
            if (this.IsCreditOrSource(block))
            {
                this.ReadCredit();
                continue;
            }

            this.ReadBlock();
        }

        cancellationToken.ThrowIfCancellationRequested();
        this.ResolveTheNames();
        this.ResolvePending();
        this.MergeAcronyms();
        this.ResolveDescriptions();
        this.ResolveGatherings();
        this.ResolvePronouns();
        this.MarkTeams();
        return this.Freeze();
    }

    private List<TextSpan> Blocks()
    {
        var blocks = this.blocks;
        blocks.Clear();
        void Add(TextSegment? segment)
        {
            if (segment is not null)
            {
                blocks.Add(segment.Span);
            }
        }

        Add(this.article.Headline);
        Add(this.article.Standfirst);
        foreach (var byline in this.article.Bylines)
        {
            Add(byline);
        }

        foreach (var media in this.article.Media)
        {
            Add(media.Title);
            Add(media.Caption);
            Add(media.Credit);
        }

        foreach (var section in this.article.Sections)
        {
            // A subheading may name actors too: "Group G — Belgium 3 – 0 Panama".
            Add(section.Heading);
            foreach (var paragraph in section.Paragraphs)
            {
                blocks.Add(paragraph.Span);
            }
        }

        Add(this.article.Source);
        if (blocks.Count == 0 && this.text.Length > 0)
        {
            blocks.Add(new TextSpan(0, this.text.Length));
        }

        blocks.Sort();
        return blocks;
    }

    // A picture's credit or the source line names an agency or a publisher: an organisation,
    // unless the lexicons know the name as something else.
    private bool IsCreditOrSource(TextSpan block)
    {
        if (this.article.Source?.Span == block)
        {
            return true;
        }

        // A loop, not Any: a lambda capturing the block would allocate for every block.
        foreach (var media in this.article.Media)
        {
            if (media.Credit?.Span == block)
            {
                return true;
            }
        }

        return false;
    }

    private void ReadCredit()
    {
        if (this.tokens.Count == 0 || this.tokens.Count > MaxNameTokens || this.TryEntity(0, this.tokens.Count))
        {
            this.ReadBlock();
            return;
        }

        var name = this.TextOf(0, this.tokens.Count);
        var organization = this.Draft(name, ActorKind.Organization);
        this.AddMention(organization, this.MentionOf(0, this.tokens.Count, MentionKind.Name));
    }

    private void ReadBlock()
    {
        var i = 0;
        while (i < this.tokens.Count)
        {
            i = this.tokens[i].Kind == TokenKind.Word ? this.ReadAt(i) : i + 1;
        }

        // "the ministry said", "The party chose": an organisation noun in lower case after "the",
        // not part of a longer noun ("the party leader", "the government forces"), linked once
        // every name is read.
        for (var noun = 1; noun < this.tokens.Count; noun++)
        {
            if (this.IsWord(noun - 1, "the") && char.IsLower(this.text[this.tokens[noun].Start]) && this.Is(noun, WordClass.OrganizationNoun) && !this.LongerNounAfter(noun + 1))
            {
                this.definiteOrganizations.Add((this.SpanOf(noun - 1, noun + 1), this.tokens[noun].Span));
            }
        }
    }

    private ReadOnlySpan<char> Word(int i) => this.tokens[i].In(this.text);

    private bool Is(int i, WordClass wordClass) => i >= 0 && i < this.tokens.Count && this.tokens[i].Kind == TokenKind.Word && (this.ClassOf(i) & wordClass) != 0;

    // What the lexicons say of token i's word, looked up once.
    private ref readonly WordFacts FactsAt(int i)
    {
        ref var found = ref this.facts[i];
        if (found.Class == Unread)
        {
            found = this.actorWords.Of(this.Word(i));
        }

        return ref found;
    }

    // The classes of word token i of the block.
    private WordClass ClassOf(int i) => this.FactsAt(i).Class;

    // The word counts of the titles starting with token i's word.
    private ulong TitleCountsAt(int i) => this.FactsAt(i).Titles;

    // The word counts of the organisations, countries and places whose names start with token i's word.
    private ulong EntityCountsAt(int i) => this.FactsAt(i).Entities;

    // Whether the phrase of tokens [start, end) begins with token start's word and a space, so that
    // the word counts above apply to it. (A token holds no white space.)
    private bool FirstWordStandsAlone(int start, int end)
        => start < end && this.tokens[start].End is var firstEnd && firstEnd < this.text.Length && char.IsWhiteSpace(this.text[firstEnd]) && this.tokens[start].Span.Length > 0;

    private bool IsWord(int i, string word) => i >= 0 && i < this.tokens.Count && this.Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsClitic(int i) => i >= 0 && i < this.tokens.Count && this.tokens[i].Kind == TokenKind.Clitic;

    private bool IsPunctuation(int i, char c) => i >= 0 && i < this.tokens.Count && this.tokens[i].Kind == TokenKind.Punctuation && this.text[this.tokens[i].Start] == c;

    private bool IsSentenceStart(int i)
    {
        if (i == 0)
        {
            return true;
        }

        var previous = this.tokens[i - 1];
        if (previous.IsQuote || previous.Kind == TokenKind.Punctuation && this.text[previous.Start] is '.' or '?' or '!' or ':' or '(' or '\u2014' or '\u2013')
        {
            return true;
        }

        var start = this.tokens[i].Start;
        var sentence = this.SentenceOf(start);
        return sentence < this.sentences.Count && this.sentences[sentence].Start == start;
    }

    // A word that can be part of a name: capitalised, an initial, an acronym.
    private bool IsNameToken(int i)
    {
        if (i >= this.tokens.Count || this.tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        // "US" is the country, not "us"; "I" and "We" are never names.
        var word = this.Word(i);
        return char.IsUpper(word[0]) && (IsAcronym(word) || (this.ClassOf(i) & WordClass.PronounFirst) == 0) && !this.IsCreditLabel(i) && !this.IsCurrencyPrefix(i) && !this.IsTagOrHandle(i);
    }

    // "#IStandWithAhmed", "@JohnDoe": a hashtag or a user name written against its sign names no actor in the text.
    private bool IsTagOrHandle(int i)
    {
        var start = this.tokens[i].Start;
        return start > 0 && this.text[start - 1] is '#' or '@';
    }

    // "US$ 20,000", "HK$5": letters written against a dollar sign name the currency, no actor.
    private bool IsCurrencyPrefix(int i)
    {
        var end = this.tokens[i].End;
        return end < this.text.Length && this.text[end] == '$';
    }

    // "Image:", "Photo:" label a picture's credit inside a caption ("Belle Image: Nick Moreau."): no name.
    private bool IsCreditLabel(int i)
        => this.IsPunctuation(i + 1, ':') && Layout.CreditParser.IsLabelWord(this.Word(i));

    // Lower-case words that join capitalised ones inside a name ("the" only in "Alexander the Great":
    // "according to Rathbun the Scientology organization" is two names).
    private bool IsConnector(int i) => this.tokens[i].Kind == TokenKind.Word && (this.Word(i) is "of" or "de" or "del" or "da" or "di" or "von" or "van" or "der" or "bin" or "al" or "la" or "le" or "du" or "dos" or "y" or "for" or "and" or "&" or "the" || this.IsPunctuation(i, '&'));

    // After an organisation's head word, "on", or "for the", "of the", "on the", goes on with its
    // name when a capitalised word follows: the words of the joint, or 0.
    private int OrganizationNameGoesOn(int i, int j)
    {
        if (j == i || !(this.IsWord(j, "on") || this.IsWord(j, "for") || this.IsWord(j, "of"))
            || !this.lexicons.OrganizationWords.TryGetKind(this.Word(j - 1), out var kind) || kind != HeadWordKind.Organization)
        {
            return 0;
        }

        var joint = this.IsWord(j, "on") && this.IsNameToken(j + 1) ? 1 : this.IsWord(j + 1, "the") && this.IsNameToken(j + 2) ? 2 : 0;

        // Not a time as its first words: "told CBS News on Super Tuesday", "spoke to CSP Business Media on Nov. 14".
        for (var k = j + joint; joint > 0 && k < j + joint + 2 && k < this.tokens.Count && this.IsNameToken(k); k++)
        {
            if (this.lexicons.CapitalizedNonNames.TryGetKind(this.Word(k).TrimEnd('.'), out var nonName) && nonName is NonNameKind.Weekday or NonNameKind.Month or NonNameKind.Holiday)
            {
                return 0;
            }
        }

        return joint;
    }

    private int CapitalRunEnd(int i)
    {
        var j = i;
        while (j < this.tokens.Count && j - i < MaxNameTokens)
        {
            if (this.IsNameToken(j))
            {
                j++;
            }
            else if (j > i && (this.IsConnector(j) || this.IsPunctuation(j, '&')) && this.IsNameToken(j + 1) && !this.IsWord(j, "and") && !this.EndsPersonName(i, j)
                && (!this.IsWord(j, "the") || (j == i + 1 && this.lexicons.FirstNames.Contains(this.Word(i)))))
            {
                j++;
            }
            else if (this.OrganizationNameGoesOn(i, j) is var words and > 0)
            {
                // "Council on Foreign Relations", "Joint Council for the Welfare of Immigrants".
                j += words;
            }
            else
            {
                break;
            }
        }

        // "Smith and Jones" are two names, but "Centers for Disease Control and Prevention" and
        // "Bureau of Alcohol, Tobacco, Firearms and Explosives" are one: a run goes on over "and" and
        // commas where the longer phrase is an organisation the lexicon knows.
        return (this.IsWord(j, "and") || this.IsPunctuation(j, ',')) && this.KnownOrganizationEnd(i, j) is { } known ? known : j;
    }

    // The end of the longest known organisation's name that starts at token start (or after a "The"
    // there) and goes on past stop, where a run of capitalised words ended.
    private int? KnownOrganizationEnd(int start, int stop)
    {
        int? found = null;
        for (var first = start; first <= start + 1 && first < stop; first++)
        {
            var counts = this.EntityCountsAt(first);
            if (counts == 0 || (first > start && !this.IsWord(start, "the")))
            {
                continue;
            }

            for (var e = stop + 1; e < this.tokens.Count && e - first < MaxKnownNameTokens; e++)
            {
                if (!(this.IsNameToken(e) || this.IsConnector(e) || this.IsPunctuation(e, ',')))
                {
                    break;
                }

                if (e + 1 > (found ?? 0) && this.IsNameToken(e) && this.PhraseOf(first, e + 1) is var phrase
                    && (counts & NameIndex<OrganizationEntry>.WordCountBit(phrase)) != 0 && this.lexicons.Organizations.TryFind(phrase, out _))
                {
                    found = e + 1;
                }
            }
        }

        return found;
    }

    // "Matthew Ingram of The Globe", "Lydia Buchtmann for Food Standards Australia": a given name and a
    // surname before "of" or "for" are a person, and what follows the organisation the person speaks for.
    private bool EndsPersonName(int start, int connector)
    {
        if (!(this.IsWord(connector, "of") || this.IsWord(connector, "for")) || connector - start is < 2 or > 3 || !this.lexicons.FirstNames.Contains(this.Word(start)))
        {
            return false;
        }

        for (var k = start; k < connector; k++)
        {
            if (this.lexicons.OrganizationWords.TryGetKind(this.Word(k), out _) || this.lexicons.Titles.TryFind(this.Word(k), out _))
            {
                return false;
            }
        }

        return true;
    }

    private TextSpan SpanOf(int start, int end) => TextSpan.FromBounds(this.tokens[start].Start, this.tokens[end - 1].End);

    private string TextOf(int start, int end)
    {
        var raw = this.RawOf(start, end);
        return this.spacesNormalized || IsNormalized(raw) ? raw.ToString() : NormalizeSpaces(raw);
    }

    // The words from token start to end with single spaces, as TextOf gives them, but without a
    // copy when the text has no other whitespace: lexicon lookups then allocate nothing.
    private ReadOnlySpan<char> PhraseOf(int start, int end)
    {
        var raw = this.RawOf(start, end);
        return this.spacesNormalized || IsNormalized(raw) ? raw : NormalizeSpaces(raw);
    }

    // The tokenizer skips only white space, so what lies between two tokens is white space.
    private bool AreSpacesNormalized()
    {
        for (var k = 1; k < this.tokens.Count; k++)
        {
            var gap = this.tokens[k].Start - this.tokens[k - 1].End;
            if (gap > 1 || (gap == 1 && this.text[this.tokens[k - 1].End] != ' '))
            {
                return false;
            }
        }

        return true;
    }

    private ReadOnlySpan<char> RawOf(int start, int end) => this.text.AsSpan(this.tokens[start].Start, this.tokens[end - 1].End - this.tokens[start].Start);

    // Whether NormalizeSpaces would return the value unchanged: no whitespace at either end, and
    // every whitespace a single plain space.
    private static bool IsNormalized(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ' ')
            {
                if (i == 0 || i == value.Length - 1 || char.IsWhiteSpace(value[i + 1]))
                {
                    return false;
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string NormalizeSpaces(ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
            }
            else
            {
                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // The draft of a name read from the text: an actor named again is found by the span, and only a
    // new one costs a string.
    private ActorDraft Draft(ReadOnlySpan<char> name, ActorKind kind)
    {
        var bare = name.StartsWith("The ", StringComparison.Ordinal) && name.Length > 4 ? name[4..] : name;
        if ((this.byNameBySpan.TryGetValue(name, out var existing) || this.byNameBySpan.TryGetValue(bare, out existing))
            && !(bare.Length == name.Length && existing.Name.StartsWith("The ", StringComparison.Ordinal)))
        {
            return existing;
        }

        // New, or "the Sea Org" after "The Sea Org": renamed as the string version does.
        return this.Draft(name.ToString(), kind);
    }

    private ActorDraft Draft(string name, ActorKind kind)
    {
        // "The Church of Scientology" inside a sentence and "the Church of Scientology" are one actor,
        // named without the article.
        var bare = name.StartsWith("The ", StringComparison.Ordinal) && name.Length > 4 ? name[4..] : name;
        if (this.byName.TryGetValue(name, out var existing) || this.byName.TryGetValue(bare, out existing))
        {
            if (existing.Name.StartsWith("The ", StringComparison.Ordinal) && bare == name)
            {
                existing.Name = name;
            }

            return existing;
        }

        var draft = this.NewDraft(name, kind);
        this.drafts.Add(draft);
        this.byName[name] = draft;
        this.byName[bare] = draft;
        return draft;
    }

    private Mention MentionOf(int start, int end, MentionKind kind)
    {
        var span = this.SpanOf(start, end);
        return Mention.InArticle(this.text, span, kind);
    }

    private void AddMention(ActorDraft draft, Mention mention, int phraseStart = -1)
    {
        var widened = this.Widen(draft, mention);
        if (phraseStart >= 0 && phraseStart < widened.Span.Start)
        {
            var span = TextSpan.FromBounds(phraseStart, widened.Span.End);
            widened = Mention.InArticle(this.text, span, widened.Kind);
        }

        draft.AddMention(widened);

        // The name as read, without its article or possessive: descriptions look it up by its first word.
        this.recent.Add((mention.Span, draft));
        if (this.recent.Count > 16)
        {
            this.recent.RemoveAt(0);
        }
    }

    // The index of the sentence holding offset (sentences are in text order).
    private int SentenceOf(int offset)
    {
        int lo = 0, hi = this.sentences.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (this.sentences[mid].End > offset)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>A description that names no one ("a Kremlin spokesman", "the Venezuelan president").</summary>
    private readonly record struct Description(TextSpan Span, string Role, ActorDraft? Affiliation, bool IsCounterpart);
}
