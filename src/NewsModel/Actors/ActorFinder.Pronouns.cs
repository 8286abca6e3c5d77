using System.Runtime.InteropServices;

using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Text;
using NewsModel.Tokens;

namespace NewsModel.Actors;

/// <summary>Linking third-person pronouns to the actors they stand for, by agreement and the place of their antecedents.</summary>
internal sealed partial class ActorFinder
{
    // Every mention with its draft, by start; of two that start together, the one of the earlier
    // draft (or the earlier in its draft) first, as a stable sort gives. The key is the start and
    // then the position in draft order, so the keys are distinct and one array sort does it.
    private ReadOnlySpan<(TextSpan Span, ActorDraft Draft)> MentionsInOrder()
    {
        var count = 0;
        foreach (var draft in this.drafts)
        {
            count += draft.Mentions.Count;
        }

        // Into lists kept from one article to the next, not new arrays per article.
        CollectionsMarshal.SetCount(this.orderKeys, count);
        CollectionsMarshal.SetCount(this.ordered, count);
        var keys = CollectionsMarshal.AsSpan(this.orderKeys);
        var items = CollectionsMarshal.AsSpan(this.ordered);
        var n = 0;
        foreach (var draft in this.drafts)
        {
            foreach (var mention in draft.Mentions)
            {
                keys[n] = ((long)mention.Span.Start << 32) | (uint)n;
                items[n] = (mention.Span, draft);
                n++;
            }
        }

        keys.Sort(items);
        return items;
    }

    // he/she → the last person of that gender; it → the last organisation or country; they → the
    // last group; "the country" → the last country that is not the one acting in the sentence.
    private void ResolvePronouns()
    {
        // Nothing to link: no list of every mention to build.
        if (this.pronouns.Count == 0)
        {
            return;
        }

        var ordered = this.MentionsInOrder();
        CollectionsMarshal.SetCount(this.orderedStarts, ordered.Length);
        var starts = CollectionsMarshal.AsSpan(this.orderedStarts);
        for (var i = 0; i < ordered.Length; i++)
        {
            starts[i] = ordered[i].Span.Start;
        }

        // Made on first need: most articles never ask where a mention starts.
        MentionStarts? mentionStarts = null;
        (TextSpan Span, ActorDraft Draft)[]? demonymsInOrder = null;
        foreach (var (span, wordClass, sentence, isObject, clauseStart) in this.pronouns)
        {
            if (wordClass == WordClass.None)
            {
                // A stable sort: of two demonyms at one place, the first read wins, as before.
                demonymsInOrder ??= [.. this.demonyms.OrderBy(d => d.Span.Start)];
                this.ResolveTheCountry(span, sentence, ordered, demonymsInOrder, mentionStarts ??= this.FreshMentionStarts());
                continue;
            }

            var (found, foundInSentence) = this.Antecedent(span, wordClass, sentence, isObject, clauseStart, ordered, starts);

            // "It" is mostly a thing, an event or an idea; it stands for an organisation or a
            // country when it speaks ("it said"), when it opens a sentence after one that the
            // actor opened ("Russia has been a key ally. It has agreed ..."), or as "its" in the
            // sentence that names the actor ("will NBC have its best broadcasters").
            if (found is not null && (wordClass & WordClass.PronounNeuter) != 0 && !this.ReportingVerbAfter(span.End) && !this.ContinuesSubject(span, found, ref mentionStarts)
                && !((wordClass & WordClass.Determiner) != 0 && foundInSentence))
            {
                continue;
            }

            if (found is not null)
            {
                var pronoun = Mention.InArticle(this.text, span, wordClass == WordClass.None ? MentionKind.Description : MentionKind.Pronoun);
                var added = mentionStarts is not null ? mentionStarts.Add(found, pronoun) : found.AddMention(pronoun, out _);
                if (!added)
                {
                    continue;
                }

                this.linkedPronouns.Add((span, found));

                // The first gendered pronoun of a person of no known gender tells it.
                if (found.Kind == ActorKind.Person && found.Gender == Gender.Unknown && (wordClass & (WordClass.PronounMale | WordClass.PronounFemale)) != 0)
                {
                    found.Gender = (wordClass & WordClass.PronounFemale) != 0 ? Gender.Female : Gender.Male;
                }
            }
        }
    }

    private static bool Fits(ActorDraft draft, WordClass wordClass) => wordClass switch
    {
        _ when (wordClass & WordClass.PronounMale) != 0 => draft.Kind == ActorKind.Person && draft.Gender != Gender.Female,
        _ when (wordClass & WordClass.PronounFemale) != 0 => draft.Kind == ActorKind.Person && draft.Gender != Gender.Male,
        _ when (wordClass & WordClass.PronounNeuter) != 0 => draft.Kind is ActorKind.Organization or ActorKind.Country,
        _ when (wordClass & WordClass.PronounPlural) != 0 => draft.Kind is ActorKind.Group,
        WordClass.None => draft.Kind == ActorKind.Country,
        _ => false,
    };

    // The actor a third-person pronoun stands for: the nearest mention before it in its own
    // sentence that agrees with it; else, in each of the two sentences before, the first in text
    // order. A sentence's first actor is mostly its subject, and a pronoun that opens the next
    // sentence stands for that subject more often than for the last name before it ("Montalvo
    // got in touch with Devocht. He traveled to Florida"). A mention after a preposition is taken
    // only when its sentence has no other; an object pronoun passes over the mentions of its own
    // clause ("Smith praised him"); a reflexive takes the nearest. Pronouns linked before are
    // mentions too, so that a chain of them carries the actor on past two sentences.
    private (ActorDraft? Draft, bool InSentence) Antecedent(TextSpan span, WordClass wordClass, int sentence, bool isObject, int clauseStart, ReadOnlySpan<(TextSpan Span, ActorDraft Draft)> ordered, ReadOnlySpan<int> starts)
    {
        if ((wordClass & WordClass.ReflexivePronoun) != 0)
        {
            var nearest = this.NearestInSentence(span, wordClass, sentence, ordered, starts);
            return (nearest, nearest is not null);
        }

        // "They" stands for many things besides the groups the text names (the people of a
        // country, a team, the objects just listed): it is linked only inside its own sentence.
        var reach = (wordClass & WordClass.PronounPlural) == 0 ? 2 : 0;
        var candidates = this.antecedents;
        for (var s = sentence; s >= 0 && sentence - s <= reach; s--)
        {
            var from = s > 0 ? this.sentences[s - 1].End : 0;
            var to = s == sentence ? span.Start : this.sentences[s].End;
            candidates.Clear();
            var first = starts.BinarySearch(from);
            for (var i = first < 0 ? ~first : first; i < ordered.Length && ordered[i].Span.Start < to; i++)
            {
                // Of several mentions that start together, the binary search may land on any.
                candidates.Add(ordered[i]);
            }

            for (var i = (first < 0 ? ~first : first) - 1; i >= 0 && ordered[i].Span.Start >= from; i--)
            {
                candidates.Add(ordered[i]);
            }

            // The linked pronouns are in text order: those of the sentence are found by a binary
            // search, so that a long text's pronouns do not each walk all the ones before.
            var linked = CollectionsMarshal.AsSpan(this.linkedPronouns);
            int low = 0, high = linked.Length;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                (low, high) = linked[middle].Span.Start < from ? (middle + 1, high) : (low, middle);
            }

            for (var i = low; i < linked.Length && linked[i].Span.Start < to; i++)
            {
                candidates.Add(linked[i]);
            }

            // Nearest first in the pronoun's own sentence, first first in the sentences before.
            candidates.Sort(s == sentence ? static (x, y) => y.Span.Start.CompareTo(x.Span.Start) : static (x, y) => x.Span.Start.CompareTo(y.Span.Start));
            ActorDraft? afterPreposition = null;
            foreach (var (mentionSpan, draft) in candidates)
            {
                if (mentionSpan.End > span.Start && s == sentence || !Fits(draft, wordClass))
                {
                    continue;
                }

                // An object pronoun is not the subject of its own clause: no boundary between them.
                if (isObject && s == sentence && clauseStart < mentionSpan.End)
                {
                    continue;
                }

                if (this.PrepositionBefore(mentionSpan.Start))
                {
                    afterPreposition ??= draft;
                    continue;
                }

                return (draft, s == sentence);
            }

            if (afterPreposition is not null)
            {
                return (afterPreposition, s == sentence);
            }
        }

        return (null, false);
    }

    // The last mention before the span in its sentence that agrees with the pronoun.
    private ActorDraft? NearestInSentence(TextSpan span, WordClass wordClass, int sentence, ReadOnlySpan<(TextSpan Span, ActorDraft Draft)> ordered, ReadOnlySpan<int> starts)
    {
        var before = starts.BinarySearch(span.Start);
        for (var i = (before < 0 ? ~before : before) - 1; i >= 0 && this.SentenceOf(ordered[i].Span.Start) == sentence; i--)
        {
            if (Fits(ordered[i].Draft, wordClass))
            {
                return ordered[i].Draft;
            }
        }

        return null;
    }

    // Whether the word before the offset is a preposition: read from the text, as the pronouns
    // are linked after the last block's tokens replaced the others.
    private bool PrepositionBefore(int offset)
    {
        var word = TextScan.WordBefore(this.text, offset);
        return word.Length > 0 && this.words.Is(this.text.AsSpan(word.Start, word.Length), WordClass.Preposition);
    }
}
