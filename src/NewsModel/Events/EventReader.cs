using System.Buffers;
using System.Runtime.InteropServices;

using NewsModel.Extraction;
using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Text;
using NewsModel.Tokens;

namespace NewsModel.Events;

/// <summary>
/// Reads the events of one article sentence by sentence: each trigger of the lexicon (and each
/// quote cue no trigger covers) becomes an event whose participants are the actor mentions of
/// its sentence, and whose place, time, modality and amount come from its clause. One instance
/// reads one article.
/// </summary>
internal sealed partial class EventReader : IDisposable, IReusable
{
    // The article of the read under way (see Begin), and its text.
    private Article article = null!;
    private string text = string.Empty;
    private readonly EventLexicon lexicon;
    private readonly WordClasses words;
    private List<Token> tokens = [];
    private bool tokensRented;

    // The read's token cache: a sentence's tokens are copied from its paragraph's where they are the same.
    private BlockTokens blockTokens = null!;

    // The article's mentions, times and quotes, sorted by offset in rented arrays, so that each
    // sentence costs only its own part; all of them are returned by Dispose.
    private readonly RentedList<(TextSpan Span, Actor Actor)> mentions = new();
    private readonly RentedList<TimeExpression> times = new();
    private readonly RentedList<TextSpan> directQuotes = new();
    private readonly RentedList<Quote> cued = new();
    private readonly RentedList<Draft> drafts = new();

    // The participants of all drafts: each draft's are a contiguous run, as a draft is complete
    // before the next one starts.
    private readonly RentedList<(ActorId Actor, ParticipantRole Role)> participants = new();

    // The clauses of the current sentence, and the clause of each of its tokens.
    private readonly RentedList<(int Start, int End)> clauses = new();
    private int[] clauseOf = [];
    private bool clausesCut;

    // A reader serves one read at a time, from Begin to End, and is kept for the next: its lists
    // are not made anew for every article.
    public EventReader(EventLexicon lexicon, WordClasses words)
    {
        this.lexicon = lexicon;
        this.words = words;
    }

    /// <summary>Starts a read of <paramref name="article"/>: its actors', times' and quotes' positions.</summary>
    public void Begin(Article article, BlockTokens blockTokens)
    {
        this.article = article;
        this.blockTokens = blockTokens;
        this.tokens = blockTokens.Rent();
        this.tokensRented = true;
        this.text = article.Text;
        foreach (var actor in article.Actors)
        {
            foreach (var mention in actor.Mentions)
            {
                this.mentions.Add((mention.Span, actor));
            }
        }

        this.mentions.AsSpan().Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        foreach (var time in article.Times)
        {
            this.times.Add(time);
        }

        this.times.AsSpan().Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        foreach (var quote in article.Quotes)
        {
            if (quote.Kind == QuoteKind.Direct)
            {
                // A quote split around its attribution: the attribution between its parts is the
                // writer's, and its events are read.
                if (quote.Parts.IsEmpty)
                {
                    this.directQuotes.Add(quote.Span);
                }
                else
                {
                    foreach (var part in quote.Parts)
                    {
                        this.directQuotes.Add(part);
                    }
                }
            }

            if (quote.Cue is not null)
            {
                this.cued.Add(quote);
            }
        }

        this.directQuotes.AsSpan().Sort(static (a, b) => a.Start.CompareTo(b.Start));
        this.cued.AsSpan().Sort(static (a, b) => a.Cue!.Span.Start.CompareTo(b.Cue!.Span.Start));
    }

    /// <summary>Ends a read under way, if any.</summary>
    public void Dispose() => this.End();

    /// <inheritdoc />
    public bool Reset()
    {
        this.End();
        return true;
    }

    /// <summary>Ends the read: returns the rented arrays and the token list, and lets the article go.</summary>
    public void End()
    {
        this.mentions.Dispose();
        this.times.Dispose();
        this.directQuotes.Dispose();
        this.cued.Dispose();
        this.drafts.Dispose();
        this.participants.Dispose();
        this.clauses.Dispose();
        if (this.tokensRented)
        {
            this.blockTokens.Return(this.tokens);
            this.tokensRented = false;
        }

        this.blockTokens = null!;
        this.article = null!;
        this.text = string.Empty;
        if (this.clauseOf.Length > 0)
        {
            ArrayPool<int>.Shared.Return(this.clauseOf);
            this.clauseOf = [];
        }
    }

    // The first mention, time or cued quote that starts at or after an offset.
    private int FirstMention(int start) => FirstAtOrAfter(this.mentions.AsSpan(), start, static m => m.Span.Start);

    private int FirstTime(int start) => FirstAtOrAfter(this.times.AsSpan(), start, static t => t.Span.Start);

    private int FirstCued(int start) => FirstAtOrAfter(this.cued.AsSpan(), start, static q => q.Cue!.Span.Start);

    // The index of the first item whose start is at or after an offset, in items sorted by start.
    // The selectors are static lambdas: cached, so no allocation per search.
    private static int FirstAtOrAfter<T>(ReadOnlySpan<T> items, int start, Func<T, int> startOf)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (startOf(items[mid]) < start)
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

    public Event[] Read(CancellationToken cancellationToken = default)
    {
        var source = this.article.Sentences;
        var sentences = ArrayPool<TextSpan>.Shared.Rent(Math.Max(1, source.Count));
        try
        {
            var spans = sentences.AsSpan(0, source.Count);
            for (var s = 0; s < spans.Length; s++)
            {
                spans[s] = source[s].Span;
            }

            spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            var longest = 0;
            for (var s = 1; s < spans.Length; s++)
            {
                longest = spans[s].Length > spans[longest].Length ? s : longest;
            }

            if (spans.Length > 0)
            {
                this.tokens.EnsureCapacity(TokenCapacity.UpperBound(this.text, spans[longest]));
            }

            for (var s = 0; s < spans.Length; s++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                this.ReadSentence(spans[s], s);
            }
        }
        finally
        {
            ArrayPool<TextSpan>.Shared.Return(sentences);
        }

        var drafts = this.drafts.AsSpan();
        drafts.Sort(static (a, b) => a.Trigger.Span.Start.CompareTo(b.Trigger.Span.Start));
        var events = new Event[drafts.Length];
        var participants = this.participants.AsSpan();
        for (var d = 0; d < drafts.Length; d++)
        {
            ref var draft = ref drafts[d];
            var own = participants.Slice(draft.FirstParticipant, draft.ParticipantCount);
            var made = own.Length == 0 ? [] : new Participant[own.Length];
            for (var p = 0; p < own.Length; p++)
            {
                made[p] = new Participant(own[p].Actor, own[p].Role);
            }

            events[d] = new Event(new EventId(NumberedIds.Events.Of(d + 1)), draft.Type, draft.Trigger, draft.Clause)
            {
                Cameo = draft.Cameo,
                Participants = ImmutableCollectionsMarshal.AsImmutableArray(made),
                Place = draft.Place,
                Time = draft.Time,
                Modality = draft.Modality,
                Amount = draft.Amount,
            };
        }

        return events;
    }

    private static bool Is(ReadOnlySpan<char> word, string other) => word.Equals(other, StringComparison.OrdinalIgnoreCase);

    // "n't" is a negation whatever the verb it ends ("didn't", "won’t").
    private static bool IsNegation(ReadOnlySpan<char> word, WordClass classes)
        => (classes & WordClass.Negation) != 0 || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase);

    // A word after a comma that opens a new clause: a conjunction or relative word, or a participle.
    private bool OpensClause(ReadOnlySpan<char> word)
        => this.words.Is(word, WordClass.ClauseOpener) || (word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase));

    private void ReadSentence(TextSpan sentence, int index)
    {
        this.tokens.Clear();
        this.blockTokens.CopyOf(this.text, sentence, this.tokens);
        if (this.tokens.Count == 0)
        {
            return;
        }

        // Most sentences have no trigger: their clauses are cut only when one is found.
        this.clausesCut = false;
        var first = this.drafts.Count;
        var quoteDepth = 0;
        var quote = this.DirectQuotesStartingBy(sentence.Start) - 1;
        for (var i = 0; i < this.tokens.Count; i++)
        {
            var token = this.tokens[i];
            if (token.Kind == TokenKind.OpenQuote)
            {
                quoteDepth++;
                continue;
            }

            if (token.Kind == TokenKind.CloseQuote)
            {
                quoteDepth = Math.Max(0, quoteDepth - 1);
                continue;
            }

            // What people are quoted saying is their statement, not an event the article reports.
            if (token.Kind != TokenKind.Word || quoteDepth > 0 || this.InDirectQuote(token.Span, ref quote))
            {
                continue;
            }

            var forms = this.lexicon.StartingWith(token.In(this.text));
            if (forms.IsEmpty)
            {
                continue;
            }

            var clause = this.ClauseOf(i);
            foreach (var form in forms)
            {
                if (this.Match(form, i, clause.End, out var last))
                {
                    // The sentence's tags are asked for only here: most sentences have no one-word trigger.
                    if (last == i && this.MayModifyNoun(i) && IsModifierOfNoun(this.blockTokens.TagsOfCopy(this.text, sentence), this.blockTokens.Masks, i))
                    {
                        break;
                    }

                    var trigger = TextSpan.FromBounds(token.Start, this.tokens[last].End);
                    foreach (var (type, cameo) in form.Kinds)
                    {
                        var draft = this.Build(type, cameo, trigger, i, clause, sentence, index, first);
                        this.drafts.Add(draft);
                    }

                    i = last;
                    break;
                }
            }
        }

        this.AddQuoteStatements(sentence, index, first);
    }

    // "banned substances", "a wounded soldier", "the ruling party": a trigger word that is an
    // adjective, or a participle that opens a noun phrase (after a determiner, an adjective or a
    // preposition, not after a subject or an auxiliary: "has criticized rivals" is an event),
    // before a common noun modifies that noun and names no event of its own.
    private static bool IsModifierOfNoun(ReadOnlySpan<byte> tags, PennTagMasks masks, int i)
    {
        if (i + 1 >= tags.Length || !PennTagMasks.Has(masks.Nouns, tags[i + 1]))
        {
            return false;
        }

        return PennTagMasks.Has(masks.Adjectives, tags[i])
            || (PennTagMasks.Has(masks.Participles, tags[i]) && (i == 0 || PennTagMasks.Has(masks.Determiners | masks.Adjectives | masks.Prepositions, tags[i - 1])));
    }

    // Whether the tagger's data lets token i be an adjective or a participle and the next word a
    // noun: most triggers it never saw that way ("met", "said") need no tagging of their sentence.
    private bool MayModifyNoun(int i)
    {
        var masks = this.blockTokens.Masks;
        return i + 1 < this.tokens.Count && this.tokens[i + 1].Kind == TokenKind.Word
            && this.blockTokens.MayBe(this.tokens[i].In(this.text), masks.Adjectives | masks.Participles)
            && this.blockTokens.MayBe(this.tokens[i + 1].In(this.text), masks.Nouns);
    }

    // The clause of a token of the sentence, cutting the sentence into clauses at the first question.
    private (int Start, int End) ClauseOf(int token)
    {
        if (!this.clausesCut)
        {
            this.Clauses();
            this.clausesCut = true;
        }

        return this.clauses[this.clauseOf[token]];
    }

    // Cuts the sentence's tokens into clauses; returns each token's clause.
    private int[] Clauses()
    {
        var clauses = this.clauses;
        clauses.Clear();
        if (this.clauseOf.Length < this.tokens.Count)
        {
            if (this.clauseOf.Length > 0)
            {
                ArrayPool<int>.Shared.Return(this.clauseOf);
            }

            this.clauseOf = ArrayPool<int>.Shared.Rent(this.tokens.Count);
        }

        var clauseOf = this.clauseOf;
        var start = 0;
        for (var i = 0; i < this.tokens.Count; i++)
        {
            var token = this.tokens[i];
            var cut = false;
            if (token.Kind == TokenKind.Punctuation && i > start)
            {
                var c = this.text[token.Start];
                cut = c is ';' or ':' or '\u2013' or '\u2014' || (c == '-' && token.Span.Length > 1)
                    || (c == ',' && i + 1 < this.tokens.Count && this.tokens[i + 1].Kind == TokenKind.Word && OpensClause(this.tokens[i + 1].In(this.text)));
            }

            if (cut)
            {
                clauses.Add((start, i));
                start = i + 1;
            }

            clauseOf[i] = clauses.Count;
        }

        clauses.Add((start, this.tokens.Count));
        return clauseOf;
    }

    // Quotes do not nest, so only the last one that starts at or before a span can hold it; the
    // tokens of a sentence come in order, so that quote is found by moving on from the last token's.
    private bool InDirectQuote(TextSpan span, ref int at)
    {
        var quotes = this.directQuotes.AsSpan();
        while (at + 1 < quotes.Length && quotes[at + 1].Start <= span.Start)
        {
            at++;
        }

        return at >= 0 && quotes[at].Contains(span);
    }

    // The number of direct quotes that start at or before an offset.
    private int DirectQuotesStartingBy(int offset)
    {
        var quotes = this.directQuotes.AsSpan();
        int lo = 0, hi = quotes.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (quotes[mid].Start < offset + 1)
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

    // Whether a form's words stand at tokens[at]; "*" skips up to MaxGap words.
    private bool Match(EventTrigger form, int at, int end, out int last)
    {
        last = at;
        var position = at + 1;
        for (var k = 1; k < form.Words.Length; k++)
        {
            var word = form.Words[k];
            if (word == "*")
            {
                // The next word of the form must come within the gap; the form never ends in "*".
                var next = form.Words[k + 1];
                var found = -1;
                for (var j = position; j < end && j <= position + EventLexicon.MaxGap; j++)
                {
                    var candidate = this.tokens[j];
                    if (candidate.Kind == TokenKind.Word && Is(candidate.In(this.text), next))
                    {
                        found = j;
                        break;
                    }

                    if (candidate.Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Clitic))
                    {
                        break;
                    }
                }

                if (found < 0)
                {
                    return false;
                }

                position = found + 1;
                k++;
                continue;
            }

            if (position >= end || this.tokens[position].Kind != TokenKind.Word || !Is(this.tokens[position].In(this.text), word))
            {
                return false;
            }

            position++;
        }

        last = position - 1;
        return true;
    }

    private Draft Build(EventType type, string? cameo, TextSpan trigger, int triggerToken, (int Start, int End) clause, TextSpan sentence, int sentenceIndex, int firstInSentence)
    {
        var clauseSpan = TextSpan.FromBounds(this.tokens[clause.Start].Start, this.tokens[clause.End - 1].End);
        var place = this.PlaceIn(clause);
        var draft = new Draft(type, cameo, TextSegment.InArticle(this.text, trigger), clauseSpan, sentenceIndex, this.participants.Count)
        {
            Place = place,
            Time = this.TimeOf(clauseSpan, sentence, sentenceIndex, out var ownTime, out var isDay),
            OwnTime = ownTime,
            TimeIsDay = isDay,
            Modality = this.ModalityOf(clause, triggerToken),
            Amount = MoneyReader.Find(this.text, this.tokens, clause.Start, clause.End),
        };
        this.AddParticipants(ref draft, clauseSpan, trigger, triggerToken, clause, place);
        if (!this.HasAgent(draft) && this.drafts.Count > firstInSentence)
        {
            // A clause without its own subject ("..., deploying bombers") goes on with the
            // actors of the sentence's previous event.
            var previous = this.drafts[this.drafts.Count - 1];
            for (var p = previous.FirstParticipant; p < previous.FirstParticipant + previous.ParticipantCount; p++)
            {
                var (actor, role) = this.participants[p];
                this.Add(ref draft, actor, role);
            }
        }

        return draft;
    }

    // A quote's cue is a statement (CAMEO 01) by its speaker, unless a trigger already covers it.
    private void AddQuoteStatements(TextSpan sentence, int sentenceIndex, int firstDraft)
    {
        for (var q = this.FirstCued(sentence.Start); q < this.cued.Count && this.cued[q].Cue!.Span.Start < sentence.End; q++)
        {
            var quote = this.cued[q];
            var cue = quote.Cue!;
            if (!sentence.Contains(cue.Span))
            {
                continue;
            }

            var covered = false;
            for (var k = firstDraft; k < this.drafts.Count; k++)
            {
                covered |= this.drafts[k].Trigger.Span.Overlaps(cue.Span);
            }

            if (covered || this.text[cue.Span.Start] is ':' or '\u2014')
            {
                continue;
            }

            var at = this.TokenAt(cue.Span.Start);
            var clause = this.ClauseOf(at);
            var clauseSpan = TextSpan.FromBounds(this.tokens[clause.Start].Start, this.tokens[clause.End - 1].End);
            var draft = new Draft(EventType.MakeStatement, "01", cue, clauseSpan, sentenceIndex, this.participants.Count)
            {
                Place = this.PlaceIn(clause),
                Time = this.TimeOf(clauseSpan, sentence, sentenceIndex, out var ownTime, out var isDay),
                OwnTime = ownTime,
                TimeIsDay = isDay,
            };
            if (quote.Speaker is { } speaker)
            {
                this.Add(ref draft, speaker, ParticipantRole.Agent);
            }

            if (quote.Addressee is { } addressee)
            {
                this.Add(ref draft, addressee, ParticipantRole.Recipient);
            }

            this.drafts.Add(draft);
        }
    }

    // Whether one of a draft's participants is an agent.
    private bool HasAgent(in Draft draft)
    {
        for (var p = draft.FirstParticipant; p < draft.FirstParticipant + draft.ParticipantCount; p++)
        {
            if (this.participants[p].Role == ParticipantRole.Agent)
            {
                return true;
            }
        }

        return false;
    }

    // Adds a participant to the draft being built, whose participants end the list, unless the actor is one already.
    private void Add(ref Draft draft, ActorId actor, ParticipantRole role)
    {
        for (var p = draft.FirstParticipant; p < draft.FirstParticipant + draft.ParticipantCount; p++)
        {
            if (this.participants[p].Actor == actor)
            {
                return;
            }
        }

        this.participants.Add((actor, role));
        draft.ParticipantCount++;
    }

    private struct Draft(EventType type, string? cameo, TextSegment trigger, TextSpan clause, int sentenceIndex, int firstParticipant)
    {
        public EventType Type { get; } = type;

        public string? Cameo { get; } = cameo;

        public TextSegment Trigger { get; } = trigger;

        public TextSpan Clause { get; } = clause;

        public int SentenceIndex { get; } = sentenceIndex;

        // The draft's participants in the reader's list.
        public int FirstParticipant { get; } = firstParticipant;

        public int ParticipantCount { get; set; }

        public ActorId? Place { get; init; }

        public TimeId? Time { get; init; }

        public bool OwnTime { get; init; }

        // Whether the time is a day's (an own time's precision, which a later sentence may inherit).
        public bool TimeIsDay { get; init; }

        public Modality Modality { get; init; }

        public MoneyAmount? Amount { get; init; }
    }
}
