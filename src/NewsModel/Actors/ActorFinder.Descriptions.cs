using System.Runtime.InteropServices;

using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tokens;

namespace NewsModel.Actors;

/// <summary>Linking descriptions to the actors they describe: "a Kremlin spokesman", "the company", a leader by role and country, affiliations the lexicons give.</summary>
internal sealed partial class ActorFinder
{
    // "a Kremlin spokesman" is the person whose role that is; "Russian counterpart" the person of
    // that country; a description that fits no one, or several, stays unlinked.
    private void ResolveDescriptions()
    {
        this.LinkLexiconAffiliations();
        this.ResolveDefiniteOrganizations();
        if (this.descriptions.Count == 0)
        {
            return;
        }

        var persons = this.persons;
        persons.Clear();
        foreach (var draft in this.drafts)
        {
            if (draft.Kind == ActorKind.Person)
            {
                persons.Add(draft);
            }
        }

        // Each person's mention spans, sorted, as a run of one list kept between articles.
        var named = this.namedSpans;
        var allSpans = this.namedSpanList;
        named.Clear();
        allSpans.Clear();
        foreach (var person in persons)
        {
            var first = allSpans.Count;
            foreach (var mention in person.Mentions)
            {
                allSpans.Add(mention.Span);
            }

            CollectionsMarshal.AsSpan(allSpans)[first..].Sort();
            named[person] = (first, person.Mentions.Count);
        }

        var matches = this.descriptionMatches;
        matches.Clear();
        foreach (var description in this.descriptions)
        {
            // The same description is matched once, however often it occurs.
            var key = (description.Role.ToLowerInvariant(), description.Affiliation, description.IsCounterpart);
            if (!matches.TryGetValue(key, out var match))
            {
                match = Match(persons, description) ?? this.LeaderOf(persons, description);
                matches[key] = match;
            }

            // Not where the person is named already ("Kremlin spokesman Dmitry Peskov").
            if (match is not null && !OverlapsAny(CollectionsMarshal.AsSpan(allSpans).Slice(named[match].Start, named[match].Count), description.Span))
            {
                match.AddMention(Mention.InArticle(this.text, description.Span, MentionKind.Description));
            }
        }

        static ActorDraft? Match(List<ActorDraft> persons, Description description)
        {
            ActorDraft? match = null;
            foreach (var draft in persons)
            {
                var fits = description.IsCounterpart
                    ? draft.Affiliation == description.Affiliation
                    : HasRole(draft, description.Role) && (description.Affiliation is null || draft.Affiliation == description.Affiliation || RoleMentions(draft, description.Affiliation));
                if (fits)
                {
                    if (match is not null)
                    {
                        return null; // several fit: leave it unlinked
                    }

                    match = draft;
                }
            }

            return match;
        }
    }

    // "the ministry", "the party": the organisation whose name holds the noun as a word and whose
    // mention comes last before the description; none when no organisation is so named. One walk
    // through the mentions in text order, keeping where each organisation was last mentioned.
    private void ResolveDefiniteOrganizations()
    {
        const int MaxDescriptionDistance = 3;
        if (this.definiteOrganizations.Count == 0)
        {
            return;
        }

        var mentions = this.MentionsInOrder();

        // The organisations' mentions of the last few sentences, oldest first: a window that
        // slides with the descriptions, so that each looks at a few mentions only.
        var window = this.recentOrganizations;
        window.Clear();
        var oldest = 0;
        var links = this.definiteLinks;
        links.Clear();
        var next = 0;
        var furthestEnd = int.MinValue;
        foreach (var (span, noun) in this.definiteOrganizations)
        {
            var sentence = this.SentenceOf(span.Start);
            for (; next < mentions.Length && mentions[next].Span.Start < span.End; next++)
            {
                var (mentionSpan, draft) = mentions[next];
                furthestEnd = Math.Max(furthestEnd, mentionSpan.End);
                if (draft.Kind == ActorKind.Organization && mentionSpan.End <= span.Start)
                {
                    window.Add((this.SentenceOf(mentionSpan.Start), draft));
                }
            }

            // Named in the last few sentences: further back, "the court" or "the government" is
            // as likely another one.
            while (oldest < window.Count && sentence - window[oldest].Sentence > MaxDescriptionDistance)
            {
                oldest++;
            }

            // Not where a mention is already.
            if (furthestEnd > span.Start)
            {
                continue;
            }

            // The latest organisation named with the word.
            var word = this.text.AsSpan(noun.Start, noun.Length);
            for (var k = window.Count - 1; k >= oldest; k--)
            {
                if (HoldsWord(window[k].Draft.Name, word))
                {
                    links.Add((span, window[k].Draft));
                    break;
                }
            }
        }

        foreach (var (span, organization) in links)
        {
            organization.AddMention(Mention.InArticle(this.text, span, MentionKind.Description));
        }

        static bool HoldsWord(string name, ReadOnlySpan<char> word)
        {
            var rest = name.AsSpan();
            for (var at = rest.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = rest.IndexOf(word, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetter(rest[at - 1])) && (end == rest.Length || !char.IsLetter(rest[end])))
                {
                    return true;
                }

                rest = rest[end..];
            }

            return false;
        }
    }

    // "the Turkish leader", "Israel's leader": the one person of that country who holds a
    // political or royal office, whichever it is; no one when several do.
    private ActorDraft? LeaderOf(List<ActorDraft> persons, Description description)
    {
        var role = description.Role.AsSpan().Trim();
        var space = role.LastIndexOf(' ');
        if (description.Affiliation is null || description.IsCounterpart || !this.words.Is(space < 0 ? role : role[(space + 1)..], WordClass.LeaderNoun))
        {
            return null;
        }

        // The people named with the country's demonym ("Turkish President Recep Tayyip
        // Erdogan"), found from the demonyms: one binary search each among the people's mentions.
        var country = description.Affiliation;
        var namedWith = this.namedWithDemonym;
        namedWith.Clear();
        var mentions = this.MentionsInOrder();
        foreach (var (span, of) in this.demonyms)
        {
            if (of != country)
            {
                continue;
            }

            int low = 0, high = mentions.Length;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                (low, high) = mentions[middle].Span.Start <= span.Start ? (middle + 1, high) : (low, middle);
            }

            // The few mentions that start at or before the demonym and may hold it.
            for (var k = low - 1; k >= 0 && k >= low - 4; k--)
            {
                if (mentions[k].Draft.Kind == ActorKind.Person && mentions[k].Span.Contains(span))
                {
                    namedWith.Add(mentions[k].Draft);
                }
            }
        }

        ActorDraft? match = null;
        foreach (var draft in persons)
        {
            if (draft.Affiliation != country && !namedWith.Contains(draft))
            {
                continue;
            }

            foreach (var held in draft.Roles)
            {
                if (this.lexicons.Titles.TryFind(held, out var title) && title.Kind is TitleKind.Political or TitleKind.Royal)
                {
                    if (match is not null && match != draft)
                    {
                        return null;
                    }

                    match = draft;
                    break;
                }
            }
        }

        return match;
    }

    // Whether any of the sorted, non-overlapping spans overlaps span.
    private static bool OverlapsAny(ReadOnlySpan<TextSpan> sorted, TextSpan span)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < sorted.Length && sorted[lo].Overlaps(span);
    }

    private static bool HasRole(ActorDraft draft, string role)
    {
        var wanted = role.StartsWith("Mr ", StringComparison.OrdinalIgnoreCase) || role.StartsWith("Mr. ", StringComparison.OrdinalIgnoreCase) ? role[(role.IndexOf(' ', StringComparison.Ordinal) + 1)..] : role;
        foreach (var r in draft.Roles)
        {
            // The role itself, or a role ending in it after a space ("Kremlin spokesman", "spokesman").
            if (r.EndsWith(wanted, StringComparison.OrdinalIgnoreCase) && (r.Length == wanted.Length || r[^(wanted.Length + 1)] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RoleMentions(ActorDraft draft, ActorDraft affiliation)
    {
        foreach (var r in draft.Roles)
        {
            if (r.Contains(affiliation.Name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The first draft other than person, not a person (an organisation if asked), with a mention inside span.
    private ActorDraft? FirstInside(ActorDraft person, TextSpan span, bool organizationsOnly)
    {
        foreach (var draft in this.drafts)
        {
            if (draft == person || draft.Kind == ActorKind.Person || (organizationsOnly && draft.Kind != ActorKind.Organization))
            {
                continue;
            }

            foreach (var mention in draft.Mentions)
            {
                if (span.Contains(mention.Span))
                {
                    return draft;
                }
            }
        }

        return null;
    }

    private void LinkLexiconAffiliations()
    {
        foreach (var (person, span) in this.roleSpans)
        {
            // The organisation a role names, else its country: "spokeswoman for Russia’s foreign ministry".
            if (person.Affiliation is null)
            {
                person.Affiliation = this.FirstInside(person, span, organizationsOnly: true) ?? this.FirstInside(person, span, organizationsOnly: false);
            }
        }

        foreach (var (actor, name) in this.lexiconAffiliations)
        {
            if (actor.Affiliation is null && this.byName.TryGetValue(name, out var affiliation) && affiliation != actor && affiliation.Mentions.Count > 0)
            {
                actor.Affiliation = affiliation;
            }
        }
    }
}
