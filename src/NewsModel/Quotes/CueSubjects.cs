using NewsModel.Lexicons;
using NewsModel.Tokens;

namespace NewsModel.Quotes;

/// <summary>
/// Who is the subject of a reporting cue: the tokens of the name, pronoun or noun phrase that
/// says the reported words. The rules, by where the subject stands:
/// <list type="bullet">
/// <item>before the cue (<see cref="SubjectBefore"/>): "Peskov said", "Clinton on Friday said",
/// "Clinton, during a town hall in Columbus, Ohio, said" (an aside between commas is passed over),
/// "Jeb Bush in a Medium post said", "Rep. Trey Gowdy (R-S.C.) said", "Pence went on to say";</item>
/// <item>after the cue (<see cref="SubjectAfter"/>): "said Peskov", "said the Kremlin spokesman",
/// "said RNC spokesman Sean Spicer";</item>
/// <item>in the clause a participle hangs on (<see cref="ClauseSubjectBefore"/>): "Todd pressed
/// Priebus ..., insisting";</item>
/// <item>at the start of the sentence (<see cref="SubjectAtStart"/>): "In a fiery takedown of the
/// businessman, Sanders called ...".</item>
/// </list>
/// A verb is never the subject ("voters waved signs"), and the subject of a passive cue is no
/// speaker ("no major deals are expected").
/// </summary>
internal sealed class CueSubjects
{
    /// <summary>The most tokens of a subject noun phrase.</summary>
    public const int MaxSubjectTokens = 8;

    // "Nefzi, a chemistry professor and a member of the mosque's board, said".
    private const int MaxAppositiveTokens = 16;

    private readonly QuoteRead read;
    private readonly QuoteCues cues;

    /// <summary>Makes the subject rules of a read.</summary>
    /// <param name="read">The read, whose block is asked about.</param>
    /// <param name="cues">The cues, whose verbs end a subject at the start of a sentence.</param>
    public CueSubjects(QuoteRead read, QuoteCues cues)
    {
        this.read = read;
        this.cues = cues;
    }

    /// <summary>
    /// The subject that ends just before the cue: a pronoun, a name, or a short noun phrase.
    /// </summary>
    public (int Start, int End)? SubjectBefore(int cue, int floor)
    {
        var end = this.SkipBackModifiers(cue - 1, floor);
        if (end < floor)
        {
            return null;
        }

        // "Wilson praised Rubio and said": the subject of the first verb.
        if ((this.read.IsWord(end, "and") || this.read.IsWord(end, "but")) && end > floor && !this.read.IsPunctuation(end - 1, ','))
        {
            return this.ClauseSubjectBefore(floor, end + 1);
        }

        // "Peskov, the Kremlin spokesman, said": the appositive sits between commas. A phrase
        // before a comma that is the object of a preposition is inside the aside, not its head:
        // "Clinton, during a town hall in Columbus, Ohio, said", "Cory James, 22, of Flint, Mich.,
        // said" go back to the comma after the subject, and so does an age between commas; when
        // there is none, the object itself heads the appositive.
        if (this.read.IsPunctuation(end, ','))
        {
            (int Start, int End)? first = null;
            for (var comma = end - 1; comma > floor && end - comma <= MaxAppositiveTokens + 1; comma--)
            {
                if (!this.read.IsPunctuation(comma, ','))
                {
                    continue;
                }

                var head = this.NounPhraseEndingAt(comma - 1, floor);
                if (head is { } found && !this.read.Is(found.Start - 1, WordClass.Preposition))
                {
                    return (found.Start, end);
                }

                if (head is null && this.read.Tokens[comma - 1].Kind != TokenKind.Number)
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
        if (phrase is { } headed && !this.read.QuoteClosesBefore(headed.Start))
        {
            var start = headed.Start;
            for (var k = 0; k < 2 && start - 2 >= floor && this.read.Is(start - 1, WordClass.Preposition) && !this.read.Is(start - 1, WordClass.Conjunction) && this.NounPhraseEndingAt(start - 2, floor) is { } head; k++)
            {
                start = head.Start;
                if (this.read.QuoteClosesBefore(start) && this.QuoteAwaitsAttribution(start))
                {
                    return (start, headed.End);
                }
            }
        }

        // "Jeb Bush in a Medium post said", "Trump at a rally said": a proper name before the
        // phrase that a preposition opens is the subject; the span holds both, and the speaker is
        // the person among them. Not "Supporters of Trump", "Hours before Mr. Obama said" (no
        // proper name before), nor "ISIS after she said" (a pronoun opens a clause of its own).
        if (phrase is { } after && after.Start - 2 >= floor && this.read.Is(after.Start - 1, WordClass.Preposition) && !this.read.IsWord(after.Start - 1, "of")
            && !this.read.Is(after.Start, WordClass.PronounSubject) && this.NounPhraseEndingAt(after.Start - 2, floor) is { } name && this.IsProperName(name.Start, name.End))
        {
            return (name.Start, after.End);
        }

        return phrase;
    }

    /// <summary>
    /// The noun phrase that ends at a token, starting no earlier than the floor: a subject pronoun,
    /// a quantifier standing alone ("most", "another"), a name with its party label, or a few words
    /// ("Secretary of State John Kerry"); none when the token is a verb, a preposition or the like.
    /// </summary>
    public (int Start, int End)? NounPhraseEndingAt(int end, int floor)
    {
        // Nothing before the floor (the unit's start) can be the subject; at a unit's first token
        // a "(" makes end -1, which is no token at all.
        if (end < floor || end < 0)
        {
            return null;
        }

        if (this.read.Tokens[end].Kind != TokenKind.Word)
        {
            return this.read.Tokens[end].Kind == TokenKind.Punctuation && this.read.Text[this.read.Tokens[end].Start] == ')' ? this.ParentheticalName(end, floor) : null;
        }

        if (this.read.Is(end, WordClass.PronounSubject))
        {
            // "who" stands for the name before it; the attribution names "who" itself.
            return this.read.Is(end, WordClass.PronounRelative) ? (this.RelativeAntecedent(end, floor) is null ? null : (end, end + 1)) : (end, end + 1);
        }

        // A subject does not end in a verb ("voters waved signs": "signs" is no cue here).
        if (!this.read.IsCapitalized(end) && (this.read.Is(end, WordClass.IrregularPast) || this.read.Word(end).EndsWith("ed", StringComparison.Ordinal) || this.IsPredicate(end)))
        {
            return null;
        }

        // "most said", "another said", "several told": quantifiers standing alone as subjects.
        if (this.read.Is(end, WordClass.Determiner) && this.read.Is(end, WordClass.StandaloneDeterminer))
        {
            return (end, end + 1);
        }

        if (this.read.Is(end, WordClass.Preposition | WordClass.Conjunction | WordClass.Complementizer | WordClass.Determiner | WordClass.Auxiliary))
        {
            // "went on to say": the subject governs the verb before the infinitive.
            return this.read.IsWord(end, "to") ? this.InfinitiveSubject(end, floor) : null;
        }

        var start = end;
        var count = 1;
        while (start - 1 >= floor && count < MaxSubjectTokens)
        {
            var previous = start - 1;
            var token = this.read.Tokens[previous];
            if (token.Kind == TokenKind.Clitic || (token.Kind is TokenKind.Word or TokenKind.Number && !this.read.Is(previous, WordClass.Preposition | WordClass.Conjunction | WordClass.Auxiliary | WordClass.Complementizer | WordClass.PronounSubject)
                && (token.IsCapitalized(this.read.Text) || !this.IsPredicate(previous))))
            {
                start = previous;
                count++;
                if (this.read.Is(previous, WordClass.Determiner) && !(this.read.IsWord(previous, "the") && this.read.IsWord(previous - 1, "of") && previous - 2 >= floor
                    && this.read.IsCapitalized(previous - 2) && this.read.IsCapitalized(previous + 1)))
                {
                    break;
                }

                continue;
            }

            // "Secretary of State John Kerry", "House of Representatives": "of" between capitals;
            // "Mr. Morgan of the Sierra Club": a name of a named body.
            if (this.read.IsWord(previous, "of") && previous - 1 >= floor && this.read.IsCapitalized(previous - 1)
                && (this.read.IsCapitalized(start) || (this.read.IsWord(start, "the") && this.read.IsCapitalized(start + 1))))
            {
                start = previous;
                continue;
            }

            break;
        }

        return (start, end + 1);
    }

    /// <summary>
    /// "no major deals are expected": the subject of a passive cue is what is spoken of, not who speaks.
    /// </summary>
    public bool IsPassive(int cue, int subjectEnd)
    {
        var form = this.read.Word(cue);
        if (!form.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !this.read.Is(cue, WordClass.IrregularPast) && !form.EndsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = cue - 1; i >= subjectEnd; i--)
        {
            if (this.read.Is(i, WordClass.PassiveAuxiliary))
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
        while (i >= floor && verbs < 3 && this.read.Tokens[i].Kind == TokenKind.Word && !this.read.IsCapitalized(i) && !this.read.Is(i, WordClass.PronounSubject | WordClass.Determiner))
        {
            i--;
            verbs++;
        }

        return verbs == 0 ? null : this.NounPhraseEndingAt(this.SkipBackModifiers(i, floor), floor);
    }

    /// <summary>
    /// The subject of the clause a participle hangs on: the nearest name, pronoun or noun phrase
    /// before it that a verb follows ("Todd pressed Priebus ..., insisting").
    /// </summary>
    public (int Start, int End)? ClauseSubjectBefore(int floor, int cue)
    {
        for (var i = cue - 2; i >= floor; i--)
        {
            // A quotation ends the search; a single mark does not, as it is mostly the apostrophe of
            // a plural possessive ("impressed with Sanders’ comments Tuesday, telling reporters").
            if (this.read.Tokens[i].IsQuote && QuoteRegions.IsDouble(this.read.Text, this.read.Tokens[i]))
            {
                return null;
            }

            var next = i + 1;
            if (this.read.Tokens[next].Kind != TokenKind.Word || this.read.IsCapitalized(next)
                || this.read.Is(next, WordClass.Preposition | WordClass.Conjunction | WordClass.Determiner | WordClass.Complementizer))
            {
                continue;
            }

            // "Sen. Bernie Sanders (I-Vt.) called him divisive and accused": a party label ends the name.
            if (this.read.Tokens[i].Kind != TokenKind.Word)
            {
                if (this.read.IsPunctuation(i, ')') && this.ParentheticalName(i, floor) is { } labelled && this.read.IsCapitalized(labelled.Start))
                {
                    return labelled;
                }

                continue;
            }

            var isSubject = this.read.Is(i, WordClass.PronounSubject) || (this.read.IsCapitalized(i) && !this.read.Is(i - 1, WordClass.Preposition) && (i == floor || !this.read.IsSentenceEnd(i - 1)));
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
        while (open > floor && !this.read.IsPunctuation(open, '(') && close - open < 8)
        {
            open--;
        }

        return this.read.IsPunctuation(open, '(') && this.NounPhraseEndingAt(open - 1, floor) is { } name ? (name.Start, close + 1) : null;
    }

    // "Smith, who said": the antecedent before the comma.
    private (int Start, int End)? RelativeAntecedent(int who, int floor)
        => this.read.IsPunctuation(who - 1, ',') ? this.NounPhraseEndingAt(who - 2, floor) : null;

    /// <summary>
    /// The subject of a participle cue ("..., saying"): the first noun phrase of the sentence.
    /// </summary>
    public (int Start, int End)? SubjectAtStart(int start, int cue)
    {
        var i = start;
        while (i < cue && this.read.Tokens[i].Kind != TokenKind.Word)
        {
            i++;
        }

        // "In a fiery takedown of the businessman, Sanders called ...": a phrase that opens with
        // a preposition or a conjunction and ends at a comma is no subject; the words after it are.
        if (i < cue && this.read.Is(i, WordClass.Preposition | WordClass.Conjunction))
        {
            var comma = i + 1;
            while (comma < cue && !this.read.IsPunctuation(comma, ',') && comma - i <= MaxAppositiveTokens)
            {
                comma++;
            }

            if (comma + 1 < cue && this.read.IsPunctuation(comma, ','))
            {
                i = comma + 1;
            }
        }

        var end = i;
        while (end < cue && (this.read.Tokens[end].Kind is TokenKind.Word or TokenKind.Clitic) && !this.read.Is(end, WordClass.Auxiliary) && end - i < MaxSubjectTokens && !this.cues.IsReportingVerb(this.read.Word(end)))
        {
            end++;
        }

        return end > i ? (i, end) : null;
    }

    /// <summary>
    /// "said Peskov", "said the Kremlin spokesman", "said conservative activist Bob Klaus, who...",
    /// "said Atlantic City Mayor Don Guardian in an interview": a subject after the cue, ended by
    /// punctuation, a preposition or "who"; an appositive after its comma is not part of it.
    /// </summary>
    public (int Start, int End)? SubjectAfter(int i, int end)
    {
        if (i >= end || this.read.Tokens[i].Kind != TokenKind.Word)
        {
            return null;
        }

        if (this.read.Is(i, WordClass.PronounSubject) && !this.read.Is(i, WordClass.PronounRelative))
        {
            return i + 1 >= end || this.read.IsClauseBreak(i + 1) || this.read.Is(i + 1, WordClass.Preposition) ? (i, i + 1) : null;
        }

        var stop = i;
        var determiner = this.read.Is(i, WordClass.Determiner);
        var sawName = false;
        while (stop < end && stop - i < MaxAppositiveTokens)
        {
            var token = this.read.Tokens[stop];
            if (token.Kind == TokenKind.Word && token.IsCapitalized(this.read.Text))
            {
                sawName = true;
                stop++;
            }
            else if (token.Kind == TokenKind.Clitic || (token.Kind == TokenKind.Punctuation && this.read.IsPunctuation(stop, '(')))
            {
                if (token.Kind == TokenKind.Punctuation)
                {
                    // "Sen. Chris Murphy (D-Conn.)": the party label belongs to the name.
                    var close = stop;
                    while (close < end && !this.read.IsPunctuation(close, ')') && close - stop < 8)
                    {
                        close++;
                    }

                    stop = close < end ? close + 1 : stop;
                    break;
                }

                stop++;
            }
            else if ((token.Kind == TokenKind.Word || (token.Kind == TokenKind.Number && determiner && stop > i)) && !this.read.Is(stop, WordClass.Preposition | WordClass.Complementizer | WordClass.PronounRelative | WordClass.Auxiliary) && (determiner || !sawName) && stop - i < 8)
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
            else if (sawName && (this.read.IsWord(stop, "of") || this.read.IsWord(stop, "and")) && stop + 1 < end && this.read.IsCapitalized(stop + 1))
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

        var closed = stop >= end || this.read.IsClauseBreak(stop) || this.read.IsSentenceEnd(stop) || this.read.Is(stop, WordClass.Preposition | WordClass.PronounRelative) || this.read.Tokens[stop].IsQuote;
        return closed ? (i, stop) : null;
    }

    // The end of up to three lower-case words that a capitalised word follows ("campaign manager
    // Robby"), none a preposition, relative pronoun or auxiliary; 0 when there are none.
    private int LowerCaseTitleBeforeName(int start, int end)
    {
        for (var i = start; i < end && i - start < 3; i++)
        {
            if (this.read.Tokens[i].Kind != TokenKind.Word || this.read.IsCapitalized(i) || this.read.Is(i, WordClass.Preposition | WordClass.PronounRelative | WordClass.Auxiliary | WordClass.Conjunction))
            {
                return 0;
            }

            if (i + 1 < end && this.read.IsCapitalized(i + 1))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Back over what stands between a subject and its verb: auxiliaries, adverbs and times
    /// ("Clinton on Friday said", "the mayor last week rejected").
    /// </summary>
    public int SkipBackModifiers(int i, int floor)
    {
        while (i >= floor)
        {
            if (this.read.Is(i, WordClass.Auxiliary) || this.read.Is(i, WordClass.Adverb) || this.IsNegatedAuxiliary(i) || (!this.read.IsCapitalized(i) && !this.read.Is(i, WordClass.Determiner) && this.read.IsTagged(i, this.read.BlockTokens.Masks.Adverbs | this.read.BlockTokens.Masks.Modals)))
            {
                i--;
            }
            else if (this.read.InTime(i))
            {
                i--;
                while (i >= floor && this.read.InTime(i))
                {
                    i--;
                }

                if (this.read.Is(i, WordClass.Preposition))
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
        var masks = this.read.BlockTokens.Masks;
        return !this.read.BlockTokens.MayBe(this.read.Word(i), masks.Nouns | masks.ProperNouns | masks.Adjectives | masks.Determiners)
            && this.read.IsTagged(i, (masks.Verbs & ~masks.Participles) | masks.Modals | masks.Adverbs);
    }

    /// <summary>
    /// Whether the tokens are a proper name as the tagger reads them: capitalised, proper nouns,
    /// no time ("Sunday"). Without a part-of-speech stage, none is.
    /// </summary>
    public bool IsProperName(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!this.read.IsCapitalized(i) || !this.read.IsTagged(i, this.read.BlockTokens.Masks.ProperNouns) || this.read.InTime(i))
            {
                return false;
            }
        }

        return end > start;
    }

    // "isn't", "haven't", "can’t": only auxiliaries and modals take the negation as a clitic.
    private bool IsNegatedAuxiliary(int i)
    {
        var word = this.read.Word(i);
        return word.Length > 3 && word[^1] is 't' or 'T' && word[^2] is '\'' or '\u2019' && word[^3] is 'n' or 'N';
    }

    // Whether the quote closing just before a token ends in a comma, a question or an exclamation
    // ("“…,” a spokesman said"), not a full stop, after which a new sentence begins.
    private bool QuoteAwaitsAttribution(int i)
    {
        var close = this.read.Tokens[i - 1].Kind == TokenKind.CloseQuote ? i - 1 : i - 2;
        return close >= 1 && (this.read.IsPunctuation(close - 1, ',') || this.read.IsPunctuation(close - 1, '?') || this.read.IsPunctuation(close - 1, '!') || this.read.IsPunctuation(close + 1, ','));
    }
}
