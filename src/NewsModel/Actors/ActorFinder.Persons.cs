using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Actors;

/// <summary>Making person actors with their roles and descriptions, from a name or a lower-case description ("the foreign minister"), and the names read with "the".</summary>
internal sealed partial class ActorFinder
{
    private int ReadLowerCase(int i)
    {
        var word = this.Word(i);

        // One look-up of the word's classes for every question below.
        var classes = this.ClassOf(i);
        if ((classes & WordClass.GatheringNoun) != 0)
        {
            this.ReadGatheringDescription(i);
        }

        if ((classes & WordClass.ThirdPersonPronoun) != 0)
        {
            this.pronouns.Add((this.tokens[i].Span, classes, this.SentenceOf(this.tokens[i].Start), this.IsObjectPronoun(i, classes), this.ClauseBoundaryBefore(i)));
            return i + 1;
        }

        // "the opposition", "opposition forces": a group.
        var determined = this.Is(i - 1, WordClass.Determiner) && !(this.IsWord(i - 1, "that") && word.EndsWith('s'));
        if ((classes & WordClass.GroupNoun) != 0 && (determined || this.IsWord(i + 1, "forces") || this.IsWord(i + 1, "groups")) && !this.TryTitle(i + 1, Math.Min(i + 3, this.tokens.Count), out _, out _))
        {
            // "toward Muslims that critics blame": "that" before a plural is a relative, not a determiner.
            var end = this.IsWord(i + 1, "forces") || this.IsWord(i + 1, "groups") ? i + 2 : i + 1;
            var from = determined && end == i + 1 ? i - 1 : i;
            // Named in lower case ("opposition"), made a string only for a new group.
            Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
            word.ToLowerInvariant(lower);
            var group = this.Draft((ReadOnlySpan<char>)lower, ActorKind.Group);
            this.AddMention(group, this.MentionOf(from, end, MentionKind.Description));
            return end;
        }

        // "the country": the country last spoken of (linked later).
        if (this.IsWord(i, "country") && this.IsWord(i - 1, "the"))
        {
            this.pronouns.Add((this.SpanOf(i - 1, i + 1), WordClass.None, this.SentenceOf(this.tokens[i].Start), false, -1));
            return i + 1;
        }

        // A title with no name after it: "a Kremlin spokesman".
        if (this.TryTitle(i, Math.Min(i + 3, this.tokens.Count), out var titleEnd, out _) && !this.IsNameToken(titleEnd) && !this.IsPunctuation(titleEnd, ','))
        {
            var from = i;
            while (from - 1 >= 0 && this.IsNameToken(from - 1) && !this.Is(from - 1, WordClass.Determiner))
            {
                from--;
            }

            if (from < i || this.Is(i - 1, WordClass.Determiner))
            {
                var affiliation = from < i ? this.ActorAt(this.tokens[from].Start) : null;
                var spanStart = this.Is(from - 1, WordClass.Determiner) ? from - 1 : from;
                this.descriptions.Add(new Description(this.SpanOf(spanStart, titleEnd), this.TextOf(from, titleEnd), affiliation, false));
            }

            return titleEnd;
        }

        return i + 1;
    }

    private ActorDraft? ActorAt(int offset)
    {
        for (var i = this.recent.Count - 1; i >= 0; i--)
        {
            if (this.recent[i].Span.Start == offset)
            {
                return this.recent[i].Draft;
            }
        }

        return null;
    }

    // The role words just before a name: "Kremlin spokesman Dmitry Peskov", "opposition leader Juan Guaido".
    private TextSpan? RoleBefore(int nameStart)
    {
        var j = nameStart;
        var sawTitle = false;
        while (j - 1 >= 0 && this.tokens[j - 1].Kind == TokenKind.Word && !this.IsNameToken(j - 1) && nameStart - j < 4)
        {
            if (this.TryTitle(j - 1, nameStart, out _, out _))
            {
                // "to witness city mayor Hau Lung-bin", "to host Trump": a title word that is also a
                // verb, read as one after "to" or an auxiliary, ends the role.
                if ((this.IsWord(j - 2, "to") || this.Is(j - 2, WordClass.Auxiliary)) && this.IsTaggedVerb(j - 1))
                {
                    break;
                }

                sawTitle = true;
            }
            else if (!sawTitle || this.Is(j - 1, WordClass.Determiner | WordClass.Preposition | WordClass.Conjunction | WordClass.Auxiliary | WordClass.Complementizer | WordClass.IrregularPast | WordClass.BareClauseVerb)
                || IsVerbForm(this.Word(j - 1)) || this.lexicons.ReportingVerbs.TryFindVerb(this.Word(j - 1), out _))
            {
                // A verb ends the role: "including musician Tiziano Lugli", "to witness city mayor Hau Lung-bin".
                break;
            }

            j--;
        }

        if (!sawTitle)
        {
            return null;
        }

        while (j - 1 >= 0 && this.IsNameToken(j - 1) && (!this.IsSentenceStart(j - 1) || this.ActorAt(this.tokens[j - 1].Start) is not null) && nameStart - j < 6)
        {
            j--;
        }

        return this.SpanOf(j, nameStart);
    }

    private void AddPerson(int start, int end, List<string> roles, Gender gender, int titleStart, PersonEntry? known)
    {
        // The name is looked up as it stands in the text; a string of it is made only for a new person.
        var name = known is null ? this.PhraseOf(start, end) : known.Name.AsSpan();
        var surname = this.Word(end - 1);
        var byNameSpan = this.byName.GetAlternateLookup<ReadOnlySpan<char>>();
        ActorDraft person;
        if (byNameSpan.TryGetValue(name, out var existing) && existing.Kind == ActorKind.Person)
        {
            person = existing;
        }
        else if (end - start == 1 && byNameSpan.TryGetValue(surname, out var bySurname) && bySurname.Kind == ActorKind.Person)
        {
            person = bySurname;
        }
        else
        {
            var newName = known?.Name ?? name.ToString();
            person = this.NewDraft(newName, ActorKind.Person);
            this.drafts.Add(person);
            this.byName[newName] = person;
        }

        if (end - start > 1 && !byNameSpan.ContainsKey(surname))
        {
            this.byName[surname.ToString()] = person;
        }

        if (known is not null)
        {
            person.Gender = known.Gender;
            if (known.Role is { Length: > 0 } role)
            {
                person.AddRole(role);
            }

            if (known.Country is { } country)
            {
                this.lexiconAffiliations.Add((person, country));
            }
        }

        if (gender != Gender.Unknown)
        {
            person.Gender = gender;
        }
        else if (person.Gender == Gender.Unknown && this.lexicons.FirstNames.TryGetGender(this.Word(start), out var given))
        {
            person.Gender = given;
        }

        // Each role is lower-cased on the stack first: most names repeat a role their person already has.
        Span<char> buffer = stackalloc char[128];
        foreach (var role in roles)
        {
            var lower = role.Length <= buffer.Length ? buffer[..role.Length] : new char[role.Length];
            role.AsSpan().ToLowerInvariant(lower);
            person.AddRole(lower);
        }

        this.AddMention(person, this.MentionOf(start, end, MentionKind.Name), this.PersonPhraseStart(start, titleStart));
        if (this.IsClitic(end))
        {
            this.ReadPersonsOrganization(person, titleStart, end + 1);
        }

        if (titleStart < start && titleStart >= 2 && this.IsClitic(titleStart - 1) && this.RecentEndingAt(titleStart - 2) is { } owner)
        {
            var phrase = TextSpan.FromBounds(owner.Start, this.tokens[start - 1].End);
            person.AddMention(Mention.InArticle(this.text, phrase, MentionKind.Description));
        }

        if (this.RoleBefore(titleStart) is { } before)
        {
            var role = this.text.AsSpan(before.Start, before.Length);
            if (person.AddRole(role))
            {
                this.roleSpans.Add((person, before));
            }

            person.Gender = person.Gender != Gender.Unknown ? person.Gender : this.GenderOfRole(role);
            if (this.RolePhraseBefore(before) is { } phrase)
            {
                person.AddMention(Mention.InArticle(this.text, phrase, MentionKind.Description));
            }
        }

        if (this.AppositiveAfter(end) is { } after)
        {
            var role = this.text.AsSpan(after.Start, after.Length);
            if (person.AddRole(role))
            {
                this.roleSpans.Add((person, after));
            }

            person.Gender = person.Gender != Gender.Unknown ? person.Gender : this.GenderOfRole(role);
        }
    }

    // Where the phrase that names a person starts: at the titles and role words before the name
    // ("Professor Cres Eastman", "team member Rodaba Noori"), and at a place, organisation or
    // nationality just before a title ("US President Barack Obama", "Afghan Ambassador Hamdullah Mohib").
    private int PersonPhraseStart(int start, int titleStart)
    {
        var from = titleStart;
        if (this.RoleBefore(titleStart) is { } before)
        {
            // After a determiner or a possessor the role is a phrase of its own and the name its
            // apposition: "his father Mohamed Mohamed", "the match referee Joel Aguilar", "Tunisia's coach Nabil Maaloul".
            var roleStart = this.TokenStartingAtOrAfter(before.Start);
            if (this.Is(roleStart - 1, WordClass.Determiner) || this.IsClitic(roleStart - 1))
            {
                return this.tokens[titleStart].Start;
            }

            from = roleStart;
        }
        else if (titleStart < start && titleStart > 0 && this.IsNameToken(titleStart - 1) && this.RecentEndingAt(titleStart - 1) is { } modifier)
        {
            return modifier.Start;
        }

        // A possessor opens the phrase of a bare name: "Korea's Kim Shin-Wook". Before a title, the
        // possessor and the title are a phrase of their own: "Labour's Shadow Home Secretary Yvette Cooper".
        if (from >= 2 && this.IsClitic(from - 1) && this.RecentEndingAt(from - 2) is { } possessor)
        {
            return from < start ? this.tokens[start].Start : possessor.Start;
        }

        return this.tokens[from].Start;
    }

    // The role before a name as a phrase of its own, with its determiner or possessor: "the match
    // referee" in "the match referee Joel Aguilar", "Tunisia's coach" in "Tunisia's coach Nabil Maaloul".
    private TextSpan? RolePhraseBefore(TextSpan role)
    {
        var roleStart = this.TokenStartingAtOrAfter(role.Start);
        if (this.Is(roleStart - 1, WordClass.Determiner))
        {
            return TextSpan.FromBounds(this.tokens[roleStart - 1].Start, role.End);
        }

        if (roleStart >= 2 && this.IsClitic(roleStart - 1))
        {
            return this.RecentEndingAt(roleStart - 2) is { } possessor ? TextSpan.FromBounds(possessor.Start, role.End) : TextSpan.FromBounds(this.tokens[roleStart - 2].Start, role.End);
        }

        return null;
    }

    // The name just read that ends with token i and is not a person ("US" in "US President").
    private TextSpan? RecentEndingAt(int i)
    {
        var end = this.tokens[i].End;
        for (var k = this.recent.Count - 1; k >= 0; k--)
        {
            if (this.recent[k].Span.End == end && this.recent[k].Draft.Kind != ActorKind.Person)
            {
                return this.recent[k].Span;
            }
        }

        return null;
    }

    private Gender GenderOfRole(ReadOnlySpan<char> role)
    {
        foreach (var range in role.Split(' '))
        {
            if (this.lexicons.Titles.TryFind(role[range], out var title) && title.Gender != Gender.Unknown)
            {
                return title.Gender;
            }
        }

        return Gender.Unknown;
    }

    // ", spokeswoman for Russia’s foreign ministry," or ", the Kremlin spokesman,": a role after the name.
    private TextSpan? AppositiveAfter(int end)
    {
        if (!this.IsPunctuation(end, ','))
        {
            return null;
        }

        var first = this.Is(end + 1, WordClass.Determiner) ? end + 2 : end + 1;
        var j = first;
        var sawTitle = false;
        while (j < this.tokens.Count && j - first < 10 && !this.IsPunctuation(j, ',') && !this.IsPunctuation(j, '.'))
        {
            sawTitle |= this.TryTitle(j, Math.Min(j + 3, this.tokens.Count), out _, out _);
            if (this.lexicons.ReportingVerbs.TryFindVerb(this.Word(j), out _) && this.tokens[j].Kind == TokenKind.Word)
            {
                return null;
            }

            j++;
        }

        return sawTitle && j > first && (j >= this.tokens.Count || this.IsPunctuation(j, ',') || this.IsPunctuation(j, '.')) ? this.SpanOf(first, j) : null;
    }

    private void ResolveTheNames()
    {
        var counts = this.theNameCounts;
        counts.Clear();
        foreach (var (name, _) in this.theNames)
        {
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        foreach (var (name, mention) in this.theNames)
        {
            if (counts[name] >= 2 || this.byName.ContainsKey(name))
            {
                this.AddMention(this.Draft(name, ActorKind.Organization), mention);
            }
        }
    }
}
