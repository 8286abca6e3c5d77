using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Text;
using NewsModel.Tokens;

namespace NewsModel.Quotes;

/// <summary>
/// Where the words a cue reports begin and end, around its attribution, and what kind of quote
/// they make: "“We will win,” she said" (the quote before), "She said that the talks will go on"
/// (the clause after), "“A,” he said, “B.”" (one direct quote in two <see cref="Quote.Parts"/>,
/// the attribution between them), "Loyalty, he noted, has long been a tenet" (an attribution
/// inside what was said), "according to the FT, Rosneft was ..." (a source cue), and where the
/// reported clause stops ("..., and rights groups warned that ..." reports someone else).
/// </summary>
internal sealed class QuoteBoundaries
{
    private readonly QuoteRead read;
    private readonly QuoteCues cues;
    private readonly CueSubjects subjects;
    private readonly QuoteRegions quoteRegions;

    /// <summary>Makes the boundary rules of a read.</summary>
    /// <param name="read">The read, whose block is asked about.</param>
    /// <param name="cues">The cues.</param>
    /// <param name="subjects">The subject rules.</param>
    /// <param name="quoteRegions">The block's quote regions.</param>
    public QuoteBoundaries(QuoteRead read, QuoteCues cues, CueSubjects subjects, QuoteRegions quoteRegions)
    {
        this.read = read;
        this.cues = cues;
        this.subjects = subjects;
        this.quoteRegions = quoteRegions;
    }

    /// <summary>
    /// The quote a cue attributes, in a unit of the block: who (the cue's subject, before or after
    /// it) and what (the words before the attribution, after it, or on both sides of it); none when
    /// the cue has no subject or reports no words here. A cue that ends its block with a colon
    /// leaves its attribution to the next block (<see cref="QuoteRead.PendingColon"/>).
    /// </summary>
    /// <param name="unitStart">The first token of the unit.</param>
    /// <param name="unitEnd">The end of the unit.</param>
    /// <param name="cueStart">The cue's first token.</param>
    /// <param name="cueEnd">The token after the cue.</param>
    /// <param name="cue">What the cue is.</param>
    /// <returns>The quote, not yet added to the read's.</returns>
    public QuoteDraft? Attribute(int unitStart, int unitEnd, int cueStart, int cueEnd, CueMatch cue)
    {
        var regions = this.read.Regions;
        var cueSegment = this.read.SpanOf(cueStart, cueEnd);
        var contentEnd = this.TrimEnd(unitStart, unitEnd);

        if (cue.IsSource)
        {
            return this.AttributeToSource(unitStart, contentEnd, cueStart, cueEnd, cueSegment);
        }

        // Who: the subject before the cue, or after it ("said Peskov").
        // ", adding", ", saying": the participle's subject is the main clause's, often the speaker of
        // the attribution just before it in the same sentence.
        var subject = cue.IsParticiple && this.read.IsClauseBreak(this.subjects.SkipBackModifiers(cueStart - 1, unitStart))
            ? (this.read.LastSubject is { } last && last.Start >= unitStart && last.End <= cueStart ? last : this.subjects.ClauseSubjectBefore(unitStart, cueStart))
            : this.subjects.SubjectBefore(cueStart, unitStart);
        // "said Peskov" only where the words said come first: "“…,” said Peskov", "…, said Peskov".
        var inverted = false;
        if (subject is null && cueStart > unitStart && this.IsClauseBreakBefore(cueStart) && this.subjects.SubjectAfter(cueEnd, contentEnd) is { } after)
        {
            subject = after;
            inverted = true;
        }

        if (subject is null || (!inverted && this.subjects.IsPassive(cueStart, subject.Value.End)))
        {
            return null;
        }

        this.read.LastSubject = subject;

        var (subjectStart, subjectEnd) = subject.Value;

        // A participle's subject stands in the clause before it: what was said is on its own side.
        var beforeAttribution = inverted || subjectEnd < cueStart - 1 && this.read.IsClauseBreak(cueStart - 1) ? cueStart : subjectStart;
        var afterAttribution = inverted ? subjectEnd : cueEnd;

        // What: the words before the attribution when a quote ends right there ("“...,” she said
        // to reporters"), else the words after the cue, else the words before it.
        int contentStart;
        int contentStop;
        var canBeBefore = beforeAttribution > unitStart && this.IsClauseBreakBefore(beforeAttribution);
        var quoteBefore = canBeBefore && this.read.QuoteClosesBefore(beforeAttribution);
        var closesSentence = afterAttribution >= contentEnd || (this.read.IsClauseBreak(afterAttribution) && QuoteRegions.StartsQuote(afterAttribution + 1, regions) is null && afterAttribution + 1 >= contentEnd);
        // "Back then, Ms. Ripert said, she found ...": an attribution inside the reported clause
        // keeps the clause's opening words; only "Walsh said, he fashioned ..." starts after it.
        var insideClause = !quoteBefore && canBeBefore && this.read.IsPunctuation(afterAttribution, ',') && this.IsParenthetical(unitStart, beforeAttribution, afterAttribution, contentEnd);
        if (!quoteBefore && !closesSentence && this.ContentAfter(afterAttribution, contentEnd, cue) is { } start && !(insideClause && start == afterAttribution + 1 && !this.read.Tokens[start].IsQuote)
            && this.AcceptsContentAfter(start, contentEnd, cue))
        {
            contentStart = start;
            contentStop = this.BeforeCoordinatedReport(start, contentEnd);
        }
        else if (canBeBefore && (quoteBefore || (this.read.Words.Is(cue.Lemma, WordClass.BareClauseVerb) && (this.LooksLikeClause(unitStart, this.BackOverBreak(beforeAttribution)) || this.IsParenthetical(unitStart, beforeAttribution, afterAttribution, contentEnd)))))
        {
            contentStart = unitStart;
            contentStop = this.BackOverBreak(beforeAttribution);

            // "“A,” he said, “B.”": the quote resumes after the attribution.
            if (this.read.IsPunctuation(afterAttribution, ',') && QuoteRegions.StartsQuote(afterAttribution + 1, regions) is { } resumed)
            {
                contentStop = Math.Min(regions[resumed].Close, this.read.Tokens.Count);
                if (quoteBefore && QuoteRegions.RegionAt(this.BackOverBreak(beforeAttribution) - 1, regions) is { } before && this.OnlyPunctuationBetween(unitStart, regions[before].Open)
                    && this.MakeQuote(contentStart, contentStop, new Attribution(null, this.read.SpanOf(subjectStart, subjectEnd)), cueSegment) is { } split)
                {
                    // Its two parts, the attribution between them: one direct quote.
                    var first = this.quoteRegions.RegionSpan(regions[before]);
                    var second = this.quoteRegions.RegionSpan(regions[resumed]);
                    split.Kind = QuoteKind.Direct;
                    split.Span = TextSpan.FromBounds(first.Start, second.End);
                    split.Parts = [first, second];
                    return split;
                }
            }
            else if (!quoteBefore && this.IsParenthetical(unitStart, beforeAttribution, afterAttribution, contentEnd))
            {
                // "Loyalty, he noted, has long been a tenet": the attribution sits inside what was said.
                contentStop = contentEnd;
            }
        }
        else if (this.read.IsPunctuation(afterAttribution, ':') && afterAttribution + 1 >= this.read.Tokens.Count)
        {
            // "Ward stated:" closing its paragraph: the next paragraph is what was stated.
            this.read.PendingColon = (new Attribution(null, this.read.SpanOf(subjectStart, subjectEnd)), cueSegment);
            return null;
        }
        else
        {
            return null;
        }

        if (contentStop - contentStart < 2 && QuoteRegions.RegionAt(contentStart, regions) is null)
        {
            return null;
        }

        return this.MakeQuote(contentStart, contentStop, new Attribution(null, this.read.SpanOf(subjectStart, subjectEnd)), cueSegment);
    }

    private QuoteDraft? AttributeToSource(int unitStart, int contentEnd, int cueStart, int cueEnd, TextSpan cueSegment)
    {
        // "according to NP, CONTENT" or "CONTENT, according to NP".
        var npEnd = cueEnd;
        while (npEnd < contentEnd && !this.read.IsClauseBreak(npEnd) && npEnd - cueEnd < CueSubjects.MaxSubjectTokens * 2)
        {
            npEnd++;
        }

        if (npEnd == cueEnd)
        {
            return null;
        }

        // The content follows when the source's noun phrase is closed by a comma with a clause
        // after it ("– according to a report by the FT, Rosneft was ..."); else it precedes.
        var source = new Attribution(null, this.read.SpanOf(cueEnd, npEnd));
        if (npEnd < contentEnd && this.read.IsClauseBreak(npEnd) && contentEnd - npEnd > 2 && this.LooksLikeClause(npEnd + 1, contentEnd))
        {
            return this.MakeQuote(npEnd + 1, contentEnd, source, cueSegment);
        }

        if (cueStart > unitStart && this.IsClauseBreakBefore(cueStart))
        {
            return this.MakeQuote(unitStart, this.BackOverBreak(cueStart), source, cueSegment);
        }

        return null;
    }

    // Where the reported content starts after the cue (and its speaker, when inverted): after an
    // object of "told", a "that", a colon, or "in a statement".
    private int? ContentAfter(int i, int end, CueMatch cue)
    {
        if (i >= end)
        {
            return null;
        }

        // "said in a statement that", "wrote on Twitter:", "told reporters on Monday that".
        var that = -1;
        for (var j = i; j < end && j - i <= 8; j++)
        {
            if (this.read.Tokens[j].IsQuote || this.read.IsPunctuation(j, ':') || this.read.IsWord(j, "that"))
            {
                that = j;
                break;
            }
        }

        if (that >= 0 && (that == i || this.read.Is(i, WordClass.Preposition) || (this.read.IsClauseBreak(i) && this.read.IsWord(that, "that")) || cue.Lemma is "tell" or "inform" or "assure" or "remind" or "warn" or "ask" or "urge" || this.read.IsWord(that, "that") && this.read.Tokens[i].Kind == TokenKind.Word && that - i <= 4))
        {
            return this.read.Tokens[that].IsQuote ? that : that + 1;
        }

        if (this.read.IsClauseBreak(i))
        {
            // "Walsh said, he fashioned a tourniquet": a comma, then a clause that opens with a
            // subject pronoun.
            if (i + 2 < end && this.read.IsPunctuation(i, ',') && this.read.Is(i + 1, WordClass.PronounSubject) && !this.read.Is(i + 1, WordClass.PronounRelative) && this.LooksLikeClause(i + 1, end))
            {
                return i + 1;
            }

            return this.read.Tokens[i + 1 < end ? i + 1 : i].IsQuote ? i + 1 : null;
        }

        // "of" for "accused X of", "on" for "called on X to".
        return this.read.Tokens[i].Kind is TokenKind.Word or TokenKind.Number or TokenKind.OpenQuote ? i : null;
    }

    // Whether the words after a cue are what was said: a quote, a "that" clause, a colon, an
    // appeal's "to" ("called on all states to refrain"), an accusation's "of", or a bare clause
    // after a verb that takes one ("said the talks will go on").
    private bool AcceptsContentAfter(int start, int end, CueMatch cue)
    {
        if (start >= end)
        {
            return false;
        }

        // After "that", a complement clause opens with its subject; a verb there means a relative
        // clause ("emails that were not marked", "that taken by other nominees").
        if (this.read.IsWord(start - 1, "that"))
        {
            return !this.read.Is(start, WordClass.Auxiliary | WordClass.IrregularPast)
                && !(this.read.Tokens[start].Kind == TokenKind.Word && !this.read.IsCapitalized(start) && this.read.Word(start).EndsWith("ed", StringComparison.Ordinal));
        }

        if (this.read.Tokens[start].IsQuote || this.read.IsPunctuation(start - 1, ':'))
        {
            return true;
        }

        // Words carried in quote marks right after any reporting verb and its object: "called Trump
        // “the orange prince”", "defended his comments as being “sarcastic”".
        for (var i = start; i < end && i - start < 9; i++)
        {
            if (this.read.Tokens[i].Kind == TokenKind.OpenQuote)
            {
                return true;
            }
        }

        if ((cue.Frames & ReportingFrames.ObjectToInfinitive) != 0 && cue.Category == ReportingCategory.Appeal)
        {
            return this.FindWord(start, end, "to", 10) >= 0;
        }

        if ((cue.Frames & ReportingFrames.ObjectOf) != 0)
        {
            return this.FindWord(start, end, "of", 8) >= 0;
        }

        return this.read.Words.Is(cue.Lemma, WordClass.BareClauseVerb) && this.LooksLikeClause(start, end);
    }

    // "Obama emphasized that the reforms were not complete, and rights groups warned that ...": a
    // clause joined on with a subject of its own and a reporting verb reports someone else; what
    // the first cue reports ends before it. A pronoun subject ("but he said") mostly goes on with
    // the same speaker, and the clause stays in the first quote.
    private int BeforeCoordinatedReport(int start, int end)
    {
        for (var i = start + 2; i + 2 < end; i++)
        {
            if (!this.read.IsPunctuation(i - 1, ',') || !this.read.Is(i, WordClass.ClauseJoiner) || this.read.IsInQuote(i))
            {
                continue;
            }

            // A subject of a few words, then a reporting verb that is no participle.
            for (var cue = i + 2; cue < end && cue - i <= 5; cue++)
            {
                if (this.read.Tokens[cue - 1].Kind != TokenKind.Word || this.read.IsPunctuation(cue, ','))
                {
                    break;
                }

                if (this.cues.TryCue(cue, end, out _, out var match) && !match.IsParticiple && !match.IsSource && this.subjects.SubjectBefore(cue, i + 1) is { } subject && subject.Start == i + 1
                    && !this.read.Is(subject.Start, WordClass.PronounSubject))
                {
                    return i - 1;
                }
            }
        }

        return end;
    }

    // "Loyalty, he noted, has long been a tenet": a short opening, the attribution between commas,
    // and the rest of the clause after it.
    private bool IsParenthetical(int unitStart, int beforeAttribution, int afterAttribution, int contentEnd)
        => this.read.IsPunctuation(afterAttribution, ',') && contentEnd - afterAttribution > 3 && this.BackOverBreak(beforeAttribution) - unitStart > 0
            && this.read.Tokens[afterAttribution + 1].Kind == TokenKind.Word && (!this.read.IsCapitalized(afterAttribution + 1) || this.OpensWithNamedSubject(afterAttribution + 1, contentEnd))
            && !this.read.Is(afterAttribution + 1, WordClass.Conjunction | WordClass.PronounRelative) && !this.cues.TryCue(afterAttribution + 1, contentEnd, out _, out _)
            && (this.LooksLikeClause(unitStart, contentEnd) || this.LooksLikeClause(afterAttribution + 1, contentEnd));

    // "Salinas beat Cartas": a proper name (as tagged) and a finite verb right after it.
    private bool OpensWithNamedSubject(int start, int end)
    {
        var i = start;
        while (i < end && i - start < 4 && this.subjects.IsProperName(i, i + 1))
        {
            i++;
        }

        var masks = this.read.BlockTokens.Masks;
        return i > start && i < end && this.read.IsTagged(i, (masks.Verbs & ~masks.Participles) | masks.Modals);
    }

    // A clause has a subject and a finite verb; without a tagger, a clause is words that do not
    // open with a preposition or an object pronoun and that hold an auxiliary, a past-tense verb,
    // or a subject pronoun with a verb after it, within their first words.
    private bool LooksLikeClause(int start, int end)
    {
        if (start >= end || this.read.Tokens[start].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.OpenQuote))
        {
            return false;
        }

        if (this.read.Tokens[start].IsQuote || this.read.IsWord(start, "that"))
        {
            return true;
        }

        if (this.read.Is(start, WordClass.Preposition | WordClass.ObjectPronoun) || this.read.IsWord(start, "to"))
        {
            return false;
        }

        for (var i = start; i < end && i - start < 16; i++)
        {
            // A second clause joined on ("…, but also highlighted …") is not the first one's verb.
            if (this.read.IsPunctuation(i, ';') || (this.read.IsPunctuation(i, ',') && this.read.Is(i + 1, WordClass.Conjunction)))
            {
                break;
            }

            var token = this.read.Tokens[i];
            if (token.Kind == TokenKind.Clitic && i + 1 < end && this.read.Tokens[i + 1].Kind == TokenKind.Word && !this.read.IsCapitalized(i + 1) && i > start && this.read.Is(i - 1, WordClass.PronounSubject))
            {
                return true; // "it's", "he's"
            }

            if (token.Kind != TokenKind.Word || i == start && !this.read.Is(i, WordClass.PronounSubject) && !this.read.Is(i, WordClass.Auxiliary))
            {
                continue;
            }

            var word = this.read.Word(i);
            if (this.read.Is(i, WordClass.Auxiliary) && !this.read.IsWord(i, "not") && i > start)
            {
                return true;
            }

            if (this.read.Is(i, WordClass.IrregularPast) && i > start && !this.read.Is(i - 1, WordClass.Determiner | WordClass.Preposition))
            {
                return true;
            }

            if (word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !this.read.Is(i - 1, WordClass.Determiner | WordClass.Auxiliary | WordClass.Preposition) && !char.IsUpper(word[0]))
            {
                return true;
            }

            if (this.read.Is(i, WordClass.PronounSubject) && !this.read.Is(i, WordClass.PronounRelative) && i + 1 < end && this.read.Tokens[i + 1].Kind == TokenKind.Word && !this.read.Is(i + 1, WordClass.Preposition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The quote of the tokens from start to stop, attributed: direct when they are one quote, marks
    /// aside; mixed when they carry quotes; indirect otherwise. The regions it holds are used.
    /// </summary>
    /// <param name="start">The first token of the content.</param>
    /// <param name="stop">The token after the content.</param>
    /// <param name="attribution">Who said it.</param>
    /// <param name="cue">The cue's span.</param>
    /// <returns>The quote; none when the tokens hold no word.</returns>
    public QuoteDraft? MakeQuote(int start, int stop, Attribution attribution, TextSpan? cue)
    {
        var regions = this.read.Regions;
        while (start < stop && (this.read.IsClauseBreak(start) || this.read.Is(start, WordClass.Complementizer) && this.read.IsWord(start, "that")))
        {
            start++;
        }

        while (stop > start && (this.read.IsClauseBreak(stop - 1) || this.read.IsSentenceEnd(stop - 1)))
        {
            stop--;
        }

        if (stop <= start || !this.HasWordOrNumber(start, stop))
        {
            // Nothing, or marks and punctuation alone: no words were quoted.
            return null;
        }

        // Direct when the content is one quote, marks aside; mixed when it carries quotes; indirect otherwise.
        var kind = QuoteKind.Indirect;
        var spanStart = this.read.Tokens[start].Start;
        var spanEnd = this.read.Tokens[stop - 1].End;
        for (var r = QuoteRegions.FirstRegionEndingAtOrAfter(regions, start); r < regions.Count && regions[r].Open < stop; r++)
        {
            var region = regions[r];

            this.read.Use(r);

            // A pair of marks with nothing between them ("\t«" after a closing mark) quotes no words.
            var hasWords = region.First < Math.Min(region.Close, this.read.Tokens.Count);
            if (hasWords && region.Open <= start && region.Close >= stop - 1)
            {
                kind = QuoteKind.Direct;
                spanStart = this.read.Tokens[region.First].Start;
                spanEnd = this.read.Tokens[Math.Min(region.Close, this.read.Tokens.Count) - 1].End;
            }
            else if (hasWords && region.Open == start && this.OnlyPunctuationBetween(region.Close + 1, stop))
            {
                kind = QuoteKind.Direct;
                spanStart = this.read.Tokens[region.First].Start;
                spanEnd = this.read.Tokens[region.Close - 1].End;
            }
            else if (kind != QuoteKind.Direct)
            {
                kind = QuoteKind.Mixed;
            }
        }

        var span = TextSpan.FromBounds(spanStart, spanEnd);
        var (speaker, mention) = attribution.Speaker is null && attribution.Mention is { } m
            ? this.read.Speakers.Resolve(m, span)
            : (attribution.Speaker, attribution.Mention);
        return new QuoteDraft(kind, span)
        {
            Speaker = speaker,
            SpeakerMention = mention,
            Cue = cue,
        };
    }

    private bool HasWordOrNumber(int start, int stop)
    {
        for (var i = start; i < stop; i++)
        {
            if (this.read.Tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the tokens from start to stop are punctuation only.</summary>
    /// <param name="start">The first token.</param>
    /// <param name="stop">The token after the last.</param>
    /// <returns>Whether they are.</returns>
    public bool OnlyPunctuationBetween(int start, int stop)
    {
        for (var i = start; i < stop; i++)
        {
            if (this.read.Tokens[i].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    private int FindWord(int start, int end, string word, int within)
    {
        for (var i = start; i < end && i - start < within; i++)
        {
            if (this.read.IsWord(i, word))
            {
                return i;
            }
        }

        return -1;
    }

    private bool IsClauseBreakBefore(int i) => this.read.IsClauseBreak(i - 1) || (this.read.Tokens[i - 1].Kind == TokenKind.CloseQuote && this.read.IsClauseBreak(i - 2)) || this.read.Tokens[i - 1].Kind == TokenKind.CloseQuote;

    private int BackOverBreak(int i)
    {
        while (i > 0 && (this.read.IsClauseBreak(i - 1) || this.read.Tokens[i - 1].Kind == TokenKind.CloseQuote && i - 2 >= 0 && this.read.IsClauseBreak(i - 2)))
        {
            i--;
        }

        return i;
    }

    /// <summary>The end of a unit without its closing punctuation (a full stop, a closing bracket).</summary>
    /// <param name="start">The first token of the unit.</param>
    /// <param name="end">The end of the unit.</param>
    /// <returns>The end.</returns>
    public int TrimEnd(int start, int end)
    {
        while (end > start && (this.read.IsSentenceEnd(end - 1) || this.read.Tokens[end - 1].Kind == TokenKind.Punctuation && this.read.Text[this.read.Tokens[end - 1].Start] is ')' or ']'))
        {
            end--;
        }

        return end;
    }
}
