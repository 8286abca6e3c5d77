using System.Runtime.InteropServices;

using NewsModel.Lexicons;
using NewsModel.Model;
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
