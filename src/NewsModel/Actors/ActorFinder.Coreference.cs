using System.Runtime.InteropServices;

using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Text;
using NewsModel.Tokens;

namespace NewsModel.Actors;

/// <summary>Linking what the scan could not: short names, acronyms, descriptions and pronouns.</summary>
internal sealed partial class ActorFinder
{
    // A capitalised word left over by the scan is a mention of an actor whose name holds it
    // ("Putin" for Vladimir Putin, "Guaido" for Juan Guaido), or of a person the lexicon knows.
    private const int MinRepeatsOfSingleName = 3;

    private void ResolvePending()
    {
        // Each distinct word is looked up once, however often it occurs, and made a string once:
        // the dictionaries are read by span.
        var resolved = this.resolvedWords;
        var resolvedBySpan = this.resolvedWordsBySpan;
        var midSentence = this.midSentenceWords;
        var midSentenceBySpan = this.midSentenceWordsBySpan;
        resolved.Clear();
        midSentence.Clear();
        foreach (var (span, inside) in this.pending)
        {
            if (inside)
            {
                var word = this.text.AsSpan(span.Start, span.Length);
                midSentenceBySpan[word] = midSentenceBySpan.TryGetValue(word, out var count) ? count + 1 : 1;
            }
        }

        this.CountPendingVotes();
        foreach (var (span, _) in this.pending)
        {
            if (!resolvedBySpan.TryGetValue(this.text.AsSpan(span.Start, span.Length), out var word, out var draft))
            {
                word = this.text.Substring(span.Start, span.Length);
                draft = this.ActorByNameWord(word);
                if (draft is null && this.people.TryFindBySurname(word, out var known) && this.IsKnownBySurnameAlone(known))
                {
                    draft = this.DraftNamed(known.Name) ?? this.NewPerson(known);
                }

                // A single name the article keeps using inside its sentences ("Scientology",
                // "Ubisoft", "Daniel") names an actor even if no longer name holds it: a person by
                // a given name, else an organisation.
                // With a name tagger, the type most of its readings of the word gave, or no actor
                // when most saw no name.
                // An acronym the tagger saw no name in is still the organisation whose name it spells.
                if (draft is null && IsAcronym(word))
                {
                    draft = this.OrganizationSpelledBy(word, null);
                }

                var vetoed = false;
                draft ??= this.TaggedPending(word, out vetoed);
                if (draft is null && !vetoed && midSentence.GetValueOrDefault(word) >= MinRepeatsOfSingleName && IsPlainName(word) && !this.lexicons.CapitalizedNonNames.Contains(word)
                    && !this.IsWrittenInLowerCase(word))
                {
                    draft = this.Draft(word, this.lexicons.FirstNames.Contains(word) ? ActorKind.Person : ActorKind.Organization);
                }

                resolved[word] = draft;
            }

            if (draft is not null)
            {
                draft.AddMention(this.Widen(draft, Mention.InArticle(this.text, span, MentionKind.Name)));
            }
        }

        if (this.appositiveDescriptions.Count == 0)
        {
            return;
        }

        // An index of where mentions start, not a scan of every mention for each description:
        // a long text has many of both.
        var starts = this.FreshMentionStarts();
        foreach (var (nameStart, mention, affiliation) in this.appositiveDescriptions)
        {
            var described = starts.FirstAt(this.drafts, nameStart, null)
                ?? this.drafts.Find(d => d.Mentions.Exists(m => m.Span.Start < nameStart && nameStart < m.Span.End));
            if (described is not null)
            {
                starts.Add(described, mention);
                described.Affiliation ??= affiliation;
            }
        }
    }

    // Whether news names a known person by the surname alone, with no first name anywhere in the
    // article: holders of political or royal office ("Putin said"). Anyone else with a common
    // surname is someone else more often than the one known person ("Smith said" is not the
    // special counsel Jack Smith); the lexicon lists a bare surname as an alias where it is meant.
    private bool IsKnownBySurnameAlone(PersonEntry known)
        => known.Role is { } role && this.lexicons.Titles.TryFind(role, out var title) && title.Kind is TitleKind.Political or TitleKind.Royal;

    // "the country": the last country named or described before it ("Venezuelan debt ... to the
    // country"), other than the one the sentence is about (its subject).
    private void ResolveTheCountry(TextSpan span, int sentence, ReadOnlySpan<(TextSpan Span, ActorDraft Draft)> ordered, ReadOnlySpan<(TextSpan Span, ActorDraft Draft)> demonymsInOrder, MentionStarts starts)
    {
        var sentenceStart = sentence < this.sentences.Count ? this.sentences[sentence].Start : -1;
        // Pronouns resolved just before ("It has agreed ... to the country") count as the subject.
        var subject = starts.FirstAt(this.drafts, sentenceStart, ActorKind.Country);

        // The mention that starts last, the names before the demonyms where two start together.
        var (found, foundAt) = this.LastCountryBefore(ordered, span, sentence, subject);
        var (demonym, demonymAt) = this.LastCountryBefore(demonymsInOrder, span, sentence, subject);
        if (demonym is not null && demonymAt > foundAt)
        {
            found = demonym;
        }

        if (found is not null)
        {
            starts.Add(found, Mention.InArticle(this.text, span, MentionKind.Description));
        }
    }

    // The country other than subject whose mention in the list (in text order) ends before span
    // and starts last, at most three sentences back; the first in the list of those that start
    // together. Read backwards from span, so only the sentences just before it are looked at.
    private (ActorDraft? Draft, int Start) LastCountryBefore(ReadOnlySpan<(TextSpan Span, ActorDraft Draft)> inOrder, TextSpan span, int sentence, ActorDraft? subject)
    {
        int lo = 0, hi = inOrder.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (inOrder[mid].Span.Start <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        ActorDraft? found = null;
        var foundAt = -1;
        for (var i = lo - 1; i >= 0; i--)
        {
            var (mention, draft) = inOrder[i];
            if ((found is not null && mention.Start < foundAt) || sentence - this.SentenceOf(mention.Start) > 3)
            {
                break;
            }

            if (draft.Kind == ActorKind.Country && draft != subject && mention.End <= span.Start)
            {
                found = draft;
                foundAt = mention.Start;
            }
        }

        return (found, foundAt);
    }

    private ReadOnlySpan<char> WordAfter(int offset)
    {
        var i = offset;
        while (i < this.text.Length && char.IsWhiteSpace(this.text[i]))
        {
            i++;
        }

        var start = i;
        while (i < this.text.Length && char.IsLetter(this.text[i]))
        {
            i++;
        }

        return this.text.AsSpan(start, i - start);
    }

    private bool ContinuesSubject(TextSpan pronoun, ActorDraft actor, ref MentionStarts? starts)
    {
        var sentence = this.SentenceOf(pronoun.Start);
        if (sentence == 0 || sentence >= this.sentences.Count || this.sentences[sentence].Start != pronoun.Start)
        {
            return false;
        }

        // An actor's "It" acts ("It has agreed", "It rejected"); "It is faster" describes a thing.
        var next = this.WordAfter(pronoun.End);
        var acts = next is "has" or "had" or "have" or "will" or "would" or "can" or "could" || (next.Length > 3 && next.EndsWith("ed", StringComparison.Ordinal));
        var previousStart = this.sentences[sentence - 1].Start;
        return acts && (starts ??= this.FreshMentionStarts()).Has(actor, previousStart);
    }

    // Whether a reporting verb follows offset, perhaps after an auxiliary: "Lugli said", "Lugli has told".
    private bool ReportingVerbAfter(int offset)
    {
        for (var n = 0; n < 2; n++)
        {
            var (from, to) = this.NextWord(offset);
            if (from == to)
            {
                return false;
            }

            var word = this.text.AsSpan(from, to - from);
            if (this.lexicons.ReportingVerbs.TryFindVerb(word, out _))
            {
                return true;
            }

            if (!this.words.Is(word, WordClass.Auxiliary | WordClass.Adverb))
            {
                return false;
            }

            offset = to;
        }

        return false;
    }

    // Whether the article also writes the word in lower case, as a word of its own: "iodine" there
    // makes "Iodine" a common noun. Searched for per word: few words get this far.
    private bool IsWrittenInLowerCase(string word)
    {
        var lower = word.ToLowerInvariant();
        var from = 0;
        int found;
        while ((found = this.text.IndexOf(lower, from, StringComparison.Ordinal)) >= 0)
        {
            var end = found + lower.Length;
            if (char.IsLower(this.text[found])
                && (found == 0 || (!char.IsLetter(this.text[found - 1]) && this.text[found - 1] is not ('-' or '#' or '@' or '.')))
                && (end == this.text.Length || !char.IsLetter(this.text[end])))
            {
                return true;
            }

            from = found + 1;
        }

        return false;
    }

    // The draft of that name, if any.
    private ActorDraft? DraftNamed(string name)
    {
        foreach (var draft in this.drafts)
        {
            if (draft.Name == name)
            {
                return draft;
            }
        }

        return null;
    }

    // One word of letters, longer than an initial, not an acronym ("IE6", "IQ" name things as often as actors).
    private static bool IsPlainName(string word)
    {
        if (word.Length < 3 || IsAcronym(word))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private ActorDraft NewPerson(PersonEntry known)
    {
        var person = this.NewDraft(known.Name, ActorKind.Person);
        person.Gender = known.Gender;
        if (known.Role is { Length: > 0 } role)
        {
            person.AddRole(role);
        }

        if (known.Country is { } country)
        {
            this.lexiconAffiliations.Add((person, country));
        }

        this.drafts.Add(person);
        this.byName[known.Name] = person;
        return person;
    }

    private ActorDraft? ActorByNameWord(ReadOnlySpan<char> word)
    {
        if (this.byName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var exact))
        {
            return exact;
        }

        // The last word of a person's name, or any capitalised word of an organisation's.
        ActorDraft? found = null;
        foreach (var draft in this.drafts)
        {
            var name = draft.Name.AsSpan();
            var matches = draft.Kind == ActorKind.Person
                ? name.EndsWith(word, StringComparison.Ordinal) && name.Length > word.Length && name[name.Length - word.Length - 1] == ' '
                : draft.Kind == ActorKind.Organization && word.Length > 3 && ContainsWord(name, word) && !this.IsModifierOf(name, word);
            if (matches)
            {
                if (found is not null && found != draft)
                {
                    return null; // ambiguous
                }

                found = draft;
            }
        }

        return found;
    }

    // "Irving" in "Irving Police Department" is where the body is, not its name: a first word before
    // the organisation's head words is a modifier, and alone it names something else.
    private bool IsModifierOf(ReadOnlySpan<char> name, ReadOnlySpan<char> word)
    {
        if (!name.StartsWith(word, StringComparison.Ordinal) || name.Length == word.Length || name[word.Length] != ' ')
        {
            return false;
        }

        foreach (var range in name[(word.Length + 1)..].Split(' '))
        {
            if (this.lexicons.OrganizationWords.TryGetKind(name[(word.Length + 1)..][range], out _))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsWord(ReadOnlySpan<char> name, ReadOnlySpan<char> word)
    {
        foreach (var range in name.Split(' '))
        {
            if (name[range].Equals(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "UNGA" and "United Nations General Assembly" are one organisation.
    private void MergeAcronyms()
    {
        // A copy: merging changes the list.
        var drafts = this.draftsCopy;
        drafts.Clear();
        drafts.AddRange(this.drafts);
        foreach (var acronym in drafts)
        {
            if (acronym.Kind != ActorKind.Organization || !IsAcronym(acronym.Name))
            {
                continue;
            }

            if (this.OrganizationSpelledBy(acronym.Name, acronym) is not { } full)
            {
                continue;
            }

            foreach (var mention in acronym.Mentions)
            {
                full.AddMention(mention);
            }

            this.drafts.Remove(acronym);
            this.byName[acronym.Name] = full;
        }
    }

    // The first organisation, other than one, whose name's initials spell the acronym.
    private ActorDraft? OrganizationSpelledBy(string acronym, ActorDraft? other)
    {
        foreach (var draft in this.drafts)
        {
            if (draft != other && draft.Kind is ActorKind.Organization && InitialsSpell(draft.Name, acronym))
            {
                return draft;
            }
        }

        return null;
    }

    // Whether the capitals that open the name's words spell the acronym, its full stops left out
    // ("North Atlantic Treaty Organization", "N.A.T.O."), without building either string.
    private static bool InitialsSpell(string name, string acronym)
    {
        var a = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == ' ' || (i > 0 && name[i - 1] != ' ') || !char.IsUpper(name[i]))
            {
                continue;
            }

            while (a < acronym.Length && acronym[a] == '.')
            {
                a++;
            }

            if (a == acronym.Length || acronym[a] != name[i])
            {
                return false;
            }

            a++;
        }

        while (a < acronym.Length && acronym[a] == '.')
        {
            a++;
        }

        return a == acronym.Length;
    }

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

    // One array of the actors' number: the stage hands it to the article as it is.
    private Actor[] Freeze()
    {
        var used = this.usedIds;
        used.Clear();

        // By first mention; of two that start together, the earlier draft first (a stable order).
        var live = this.live;
        var firsts = this.firstMentions;
        live.Clear();
        firsts.Clear();
        foreach (var draft in this.drafts)
        {
            if (draft.Mentions.Count > 0)
            {
                var first = int.MaxValue;
                foreach (var mention in draft.Mentions)
                {
                    first = Math.Min(first, mention.Span.Start);
                }

                firsts.Add(((long)first << 32) | (uint)live.Count);
                live.Add(draft);
            }
        }

        CollectionsMarshal.AsSpan(firsts).Sort(CollectionsMarshal.AsSpan(live));
        foreach (var draft in live)
        {
            var slug = Slug.Of(draft.Name);
            var id = slug;
            for (var n = 2; !used.Add(id); n++)
            {
                id = $"{slug}-{n}";
            }

            draft.Id = new ActorId(id);
        }

        var actors = new Actor[live.Count];
        for (var i = 0; i < actors.Length; i++)
        {
            var draft = live[i];
            draft.Mentions.Sort((x, y) => x.Span.CompareTo(y.Span));
            actors[i] = new Actor(draft.Id!.Value, draft.Name, draft.Kind)
            {
                Roles = draft.Roles.ToEquatableArray(),
                Affiliation = draft.Affiliation?.Id,
                Mentions = draft.Mentions.ToEquatableArray(),
            };
        }

        return actors;
    }

    // The finder's one MentionStarts, filled anew from the drafts as they are now: its dictionaries
    // are kept from one article to the next.
    private MentionStarts FreshMentionStarts()
    {
        this.mentionStarts.Fill(this.drafts);
        return this.mentionStarts;
    }

    /// <summary>
    /// Which drafts have a mention starting at an offset, kept up to date as mentions are added:
    /// "does this actor open the sentence" is then a look-up, not a scan of all its mentions,
    /// which made a long text quadratic.
    /// </summary>
    private sealed class MentionStarts
    {
        private readonly Dictionary<(int Start, ActorDraft Draft), int> counts = [];
        private readonly Dictionary<int, int> any = [];

        // Counts the mentions of the drafts as they are now, forgetting any counted before.
        public void Fill(List<ActorDraft> drafts)
        {
            this.Clear();
            foreach (var draft in drafts)
            {
                foreach (var mention in draft.Mentions)
                {
                    this.Count(mention.Span.Start, draft, 1);
                }
            }
        }

        public void Clear()
        {
            this.counts.Clear();
            this.any.Clear();
        }

        public bool Has(ActorDraft draft, int start) => this.counts.TryGetValue((start, draft), out var n) && n > 0;

        // The first draft (of kind, if given) in list order with a mention starting at start.
        public ActorDraft? FirstAt(List<ActorDraft> drafts, int start, ActorKind? kind)
        {
            if (!this.any.TryGetValue(start, out var n) || n == 0)
            {
                return null;
            }

            foreach (var draft in drafts)
            {
                if ((kind is null || draft.Kind == kind) && this.Has(draft, start))
                {
                    return draft;
                }
            }

            return null;
        }

        // Adds the mention to the draft as ActorDraft.AddMention does, and notes where it starts.
        public bool Add(ActorDraft draft, Mention mention)
        {
            if (!draft.AddMention(mention, out var replaced))
            {
                return false;
            }

            this.Count(mention.Span.Start, draft, 1);
            if (replaced is { } shorter)
            {
                this.Count(shorter.Span.Start, draft, -1);
            }

            return true;
        }

        private void Count(int start, ActorDraft draft, int delta)
        {
            this.counts[(start, draft)] = this.counts.GetValueOrDefault((start, draft)) + delta;
            this.any[start] = this.any.GetValueOrDefault(start) + delta;
        }
    }
}
