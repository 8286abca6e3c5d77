using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tokens;

namespace NewsModel.Actors;

/// <summary>
/// Where a name mention starts and ends. A mention covers the whole noun phrase that names the
/// actor, as annotated corpora such as GUM (and readers) take it: the article of a name that
/// carries one ("the United States", "the Home Office"), the possessive ending ("Google's"), and
/// the titles and role words before a person's name ("US President Barack Obama").
/// </summary>
internal sealed partial class ActorFinder
{
    // Widens a name mention of draft to its article and possessive ending.
    private Mention Widen(ActorDraft draft, Mention mention)
    {
        if (mention.Kind is MentionKind.Pronoun or MentionKind.Description or MentionKind.Demonym)
        {
            return mention;
        }

        var start = mention.Span.Start;
        var end = this.PossessiveEnd(mention.Span.End);

        // "the Scientology organization", "the M5S party": the phrase names the organisation by a
        // generic noun after its name.
        if (draft.Kind == ActorKind.Organization && end == mention.Span.End && this.GenericOrganizationNounEnd(end) is { } nounEnd)
        {
            var withArticle = this.ArticleStart(start, -1);
            if (withArticle < start)
            {
                start = withArticle;
                end = this.PossessiveEnd(nounEnd);
            }
        }

        if (draft.Kind != ActorKind.Person && end == mention.Span.End)
        {
            start = this.ArticleStart(start, mention.Span.End);
        }
        else if (draft.Kind != ActorKind.Person)
        {
            start = this.ArticleStart(start, -1);
        }

        if (start == mention.Span.Start && end == mention.Span.End)
        {
            return mention;
        }

        var span = TextSpan.FromBounds(start, end);
        return Mention.InArticle(this.text, span, mention.Kind);
    }

    // The end of a generic organisation noun right after offset ("organization" in "the Scientology
    // organization"), when no other word follows that would make it a modifier itself.
    private int? GenericOrganizationNounEnd(int offset)
    {
        var (from, to) = this.NextWord(offset);
        if (from == to || from == offset)
        {
            return null;
        }

        var word = this.text.AsSpan(from, to - from);
        if (word is not ("organization" or "organisation" or "party" or "group" or "movement" or "board" or "church"))
        {
            return null;
        }

        var (nextFrom, nextTo) = this.NextWord(to);
        return nextFrom < nextTo && nextFrom > to && this.words.Is(this.text.AsSpan(nextFrom, nextTo - nextFrom), WordClass.OrganizationNoun) ? null : to;
    }

    // The end of "'s" or "’s" right after offset, else offset itself.
    private int PossessiveEnd(int offset)
    {
        if (offset + 1 < this.text.Length && this.text[offset] is '\'' or '\u2019' && this.text[offset + 1] == 's'
            && (offset + 2 == this.text.Length || !char.IsLetterOrDigit(this.text[offset + 2])))
        {
            return offset + 2;
        }

        return offset;
    }

    // The start of "the" (or "The") just before a name, when the name is the head of the phrase:
    // "the United States said", "the Home Office's", but not "the US team" or "the UK government"
    // where the name only modifies the noun after it. nameEnd is -1 when a possessive follows.
    private int ArticleStart(int start, int nameEnd)
    {
        var i = start - 1;
        while (i >= 0 && this.text[i] == ' ')
        {
            i--;
        }

        if (i == start - 1 || i < 2 || !(this.text[i] == 'e' && this.text[i - 1] == 'h' && this.text[i - 2] is 't' or 'T')
            || (i >= 3 && char.IsLetterOrDigit(this.text[i - 3])))
        {
            return start;
        }

        if (nameEnd >= 0 && this.ModifiesNextWord(nameEnd))
        {
            return start;
        }

        return i - 2;
    }

    // Whether a lower-case word after the name makes the name a modifier: "the US team". Read
    // from the text, not the tokens, since short names are resolved after the scan.
    private bool ModifiesNextWord(int nameEnd)
    {
        var (from, to) = this.NextWord(nameEnd);
        if (from == to)
        {
            return false;
        }

        // "the Google Science Fair": the name is part of a longer one, unless the name's full stop
        // ends the sentence too ("travelling to the U.S. Afghan officials said").
        if (char.IsUpper(this.text[from]))
        {
            return this.text[nameEnd - 1] != '.';
        }

        // A noun with its possessive after it: "the Australia women's team".
        var possessive = to + 1 < this.text.Length && this.text[to] is '\'' or '\u2019' && this.text[to + 1] is 's'
            && (to + 2 == this.text.Length || !char.IsLetter(this.text[to + 2]));
        if (possessive)
        {
            return true;
        }

        // A verb ("the Court ruled", "the Home Office isn't") or a time ("the Home Office today").
        var word = this.text.AsSpan(from, to - from);
        if (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)
            || (to < this.text.Length && this.text[to] is '\'' or '\u2019')
            || word is "today" or "yesterday" or "tonight" or "tomorrow" or "now" or "last" or "next")
        {
            return false;
        }

        // A verb, known by the determiner after it: "members of the Sea Org live a strict life".
        var (afterFrom, afterTo) = this.NextWord(to);
        if (afterFrom > to && afterFrom < afterTo && this.text.AsSpan(afterFrom, afterTo - afterFrom) is "a" or "an" or "the" or "their" or "its" or "his" or "her")
        {
            return false;
        }

        return !this.words.Is(word, WordClass.Determiner | WordClass.Conjunction | WordClass.Preposition | WordClass.Auxiliary | WordClass.Adverb | WordClass.Complementizer | WordClass.ThirdPersonPronoun | WordClass.PronounSubject | WordClass.PronounRelative | WordClass.IrregularPast)
            && !this.lexicons.ReportingVerbs.TryFindVerb(word, out _);
    }

    // The bounds of the word of letters after offset and its spaces; empty when punctuation comes first.
    private (int From, int To) NextWord(int offset)
    {
        var i = offset;
        while (i < this.text.Length && i - offset < 8 && this.text[i] == ' ')
        {
            i++;
        }

        var from = i;
        while (i < this.text.Length && i - from < 40 && char.IsLetter(this.text[i]))
        {
            i++;
        }

        return i == offset ? (offset, offset) : (from, i);
    }

    // The index of the first token of this block that starts at or after offset.
    private int TokenStartingAtOrAfter(int offset) => TokenSearch.IndexAtOrAfter(this.tokens, offset);
}
