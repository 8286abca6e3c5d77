using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Actors;

/// <summary>Reading names left to right.</summary>
internal sealed partial class ActorFinder
{
    // Roles whose affiliation is read after the scan ("spokeswoman for Russia’s foreign ministry").
    private readonly List<(ActorDraft Person, TextSpan Role)> roleSpans = [];

    // Descriptions that stand before the name they describe ("Russia’s state-owned company Rosneft").
    private readonly List<(int NameStart, Mention Mention, ActorDraft Affiliation)> appositiveDescriptions = [];

    // Demonym adjectives ("Venezuelan debt"): no mentions, but "the country" may refer back to them.
    private readonly List<(TextSpan Span, ActorDraft Country)> demonyms = [];

    // "the ministry", "the party", with the noun's span: linked once every name is read.
    private readonly List<(TextSpan Span, TextSpan Noun)> definiteOrganizations = [];
    private readonly List<(int Sentence, ActorDraft Draft)> recentOrganizations = [];

    // For "the Turkish leader": the people named with a demonym.
    private readonly HashSet<ActorDraft> namedWithDemonym = [];
    private readonly List<(TextSpan Span, ActorDraft Draft)> definiteLinks = [];

    // Capitalised names read after "the" that no lexicon knows: organisations if they come back.
    private readonly List<(string Name, Mention Mention)> theNames = [];

    // Affiliations named by the lexicons (a city's country), linked if the article mentions them.
    private readonly List<(ActorDraft Actor, string Name)> lexiconAffiliations = [];

    // The roles of a name read with no title; never added to, so one list serves every such name.
    private readonly List<string> noRoles = [];
    private readonly List<string> titleRoles = [];

    private int ReadAt(int i)
    {
        if (!this.IsNameToken(i) || (this.ClassOf(i) & WordClass.ThirdPersonPronoun) != 0)
        {
            return this.ReadLowerCase(i);
        }

        this.ReadTournamentGroup(i);
        var end = this.CapitalRunEnd(i);
        var start = i;
        var sentenceStart = this.IsSentenceStart(i);
        // A title before a name is no sentence opener: "Minister of Education Stefania Giannini said".
        while (start < end && this.IsNonName(start, sentenceStart && start == i) && !(this.TryTitle(start, end, out var firstTitleEnd, out _) && firstTitleEnd < end))
        {
            start++;
        }

        // "Skipping UNGA", "Having skipped": a verb opening the sentence is not part of a name.
        if (sentenceStart && start == i && end - start >= 2 && IsVerbForm(this.Word(start)) && !this.lexicons.FirstNames.Contains(this.Word(start)))
        {
            start++;
        }

        // "Governor of Virginia Saturday, October 19": a weekday after a name, in a dateline or a
        // headline, is the day's, not part of the name (a month may be a given name: "Theresa May").
        var nameEnd = end;
        while (nameEnd > start + 1 && this.lexicons.CapitalizedNonNames.TryGetKind(this.Word(nameEnd - 1), out var last) && last == NonNameKind.Weekday)
        {
            nameEnd--;

            // "HuffPollster for Monday": the small word that joined the day goes with it.
            while (nameEnd > start + 1 && this.IsConnector(nameEnd - 1))
            {
                nameEnd--;
            }
        }

        if (start == end)
        {
            return end;
        }

        if (nameEnd < end)
        {
            // What the name's reading leaves ("Apple CEO Tim Cook" after "Apple") is read next.
            var read = this.ReadRun(start, nameEnd, i, sentenceStart);
            return read < nameEnd ? read : end;
        }

        return this.ReadRun(start, end, i, sentenceStart);
    }

    // Reads the titles and the name of the run [start, end) whose first capitalised word is i.
    private int ReadRun(int start, int end, int i, bool sentenceStart)
    {
        var titleStart = start;

        // Most runs carry no title. The finder's one list of titles serves every run that has one:
        // ReadName only reads it, and no other run is read until this one is done.
        List<string>? roles = null;
        var gender = Gender.Unknown;
        TitleKind? previousKind = null;
        var previousStart = start;
        while (start < end && this.TryTitle(start, end, out var titleEnd, out var title))
        {
            // "Mr. Singer", "Ms. Boxer", "Mr. King": a title after an honorific is a surname, but
            // for the offices addressed so ("Mr. President", "Madam Speaker") and a title called
            // out ("“Mr. Chairman, I ...").
            if (previousKind == TitleKind.Honorific && title.Kind is not (TitleKind.Political or TitleKind.Honorific) && !this.IsCalledOut(previousStart, titleEnd))
            {
                break;
            }

            previousKind = title.Kind;
            previousStart = start;
            // "Minister of Education Stefania Giannini": the title goes on over "of" up to the name.
            var lastTitleStart = start;
            if (titleEnd + 1 < end && (this.IsWord(titleEnd, "of") || this.IsWord(titleEnd, "for")) && end - titleEnd > 3)
            {
                var nameStart = titleEnd + 2;
                while (nameStart < end - 2 && !this.lexicons.FirstNames.Contains(this.Word(nameStart)))
                {
                    nameStart++;
                }

                titleEnd = nameStart;
            }

            if (roles is null)
            {
                roles = this.titleRoles;
                roles.Clear();
            }

            roles.Add(this.TextOf(lastTitleStart, titleEnd));
            gender = title.Gender != Gender.Unknown ? title.Gender : gender;
            start = titleEnd;
        }

        if (start == end)
        {
            // Only titles: "Mr President", "President", "The President" (a description, linked later).
            var withArticle = titleStart > 0 && this.IsWord(titleStart - 1, "the");
            if (!(sentenceStart && end - titleStart == 1) || withArticle)
            {
                var lastRole = roles is { Count: > 0 } ? roles[^1] : this.TextOf(titleStart, end);
                this.descriptions.Add(new Description(this.SpanOf(withArticle ? titleStart - 1 : titleStart, end), lastRole, null, false));
            }

            return end;
        }

        // "Governor of Virginia", "President of France": what follows the title's "of" or "for" is
        // its jurisdiction, no one's name (who holds the title is for coreference to say).
        if (start > titleStart && end - start >= 2 && (this.IsWord(start, "of") || this.IsWord(start, "for")))
        {
            return this.ReadName(start + 1, end, this.noRoles, Gender.Unknown, start + 1, false);
        }

        return this.ReadName(start, end, roles ?? this.noRoles, gender, titleStart, sentenceStart && start == i);
    }

    // Capital letters each with its full stop: "J.", "O.J.", "J.R.R.".
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsUpper(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVerbForm(ReadOnlySpan<char> word)
        => word.Length > 4 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal));

    private bool IsNonName(int i, bool atSentenceStart)
    {
        var word = this.Word(i);

        // "US President Barack Obama tweeted": an acronym is a name, even where a sentence starts, unless
        // it is listed as no name ("GMT", "VIP") or is a word in capitals for emphasis ("UNLESS", "NOT").
        if (IsAcronym(word) && word.IndexOf('.') < 0)
        {
            if (this.lexicons.CapitalizedNonNames.ContainsAcronym(word)
                || ((this.ClassOf(i) & (WordClass.Determiner | WordClass.Conjunction | WordClass.Preposition | WordClass.Auxiliary | WordClass.Adverb | WordClass.Complementizer)) != 0 && !this.IsNameToken(i + 1)))
            {
                return true;
            }

            if (word.Length < 6)
            {
                return false;
            }
        }

        if (this.lexicons.CapitalizedNonNames.TryGetKind(word, out var kind))
        {
            return atSentenceStart || kind is NonNameKind.Weekday or NonNameKind.Month or NonNameKind.Holiday || word.Length == 1;
        }

        return atSentenceStart && (this.ClassOf(i) & (WordClass.Determiner | WordClass.Conjunction | WordClass.Preposition | WordClass.Auxiliary | WordClass.Adverb | WordClass.Complementizer | WordClass.ThirdPersonPronoun | WordClass.PronounSubject)) != 0;
    }

    private bool TryTitle(int start, int end, out int titleEnd, out TitleEntry title)
    {
        // When the first word stands alone (a space after it), every phrase tried begins with it:
        // one look-up of the word rules them all out for most words. (A token holds no white space.)
        // It also tells how many words the titles starting with it have: other phrases are not looked up.
        var counts = ulong.MaxValue;
        if (this.FirstWordStandsAlone(start, end))
        {
            counts = this.TitleCountsAt(start);
            if (counts == 0)
            {
                titleEnd = start;
                title = null!;
                return false;
            }
        }

        for (var n = Math.Min(this.lexicons.Titles.MaxWords, end - start); n >= 1; n--)
        {
            var phrase = this.PhraseOf(start, start + n);
            TitleEntry? entry = null;
            var found = counts == ulong.MaxValue
                ? this.lexicons.Titles.TryFind(phrase, out entry)
                : (counts & NameIndex<TitleEntry>.WordCountBit(phrase)) != 0 && this.lexicons.Titles.TryFindChecked(phrase, out entry);
            if (found)
            {
                title = entry!;
                titleEnd = start + n;

                // A title before an organisation's head word names the organisation: "Refugee Council".
                if (titleEnd < end && this.lexicons.OrganizationWords.TryGetKind(this.Word(titleEnd), out var head) && head == HeadWordKind.Organization)
                {
                    break;
                }

                return true;
            }
        }

        titleEnd = start;
        title = null!;
        return false;
    }

    // Whether the words [start, end) are called out: after an opening mark or a comma, and
    // before a comma or a mark of question or exclamation ("“Mr. Chairman, I yield").
    private bool IsCalledOut(int start, int end)
        => start > 0 && end < this.tokens.Count && (this.tokens[start - 1].Kind == TokenKind.OpenQuote || this.IsPunctuation(start - 1, ','))
            && (this.IsPunctuation(end, ',') || this.IsPunctuation(end, '!') || this.IsPunctuation(end, '?'));

    private int ReadName(int start, int end, List<string> roles, Gender gender, int titleStart, bool sentenceStart)
    {
        // Looked up as a span; the string is made only where a draft or a pending name keeps it.
        var name = this.PhraseOf(start, end);
        var length = end - start;

        // "Muslims", "Catholics": people named by their faith are a group of people.
        if (length == 1 && this.Is(start, WordClass.AdherentNoun))
        {
            var adherents = this.Draft(this.Word(start), ActorKind.Group);
            this.AddMention(adherents, this.MentionOf(start, end, MentionKind.Name));
            return end;
        }

        // "the Refugee Council Enver Solomon": an organisation's name, then a person's.
        if (length >= 4 && this.PersonAfterOrganization(start, end))
        {
            // A title the organisation's reading leaves before the name is the person's role
            // ("the Committee on Foreign Affairs Chairman Ed Royce").
            var read = this.ReadName(start, end - 2, roles, gender, titleStart, sentenceStart);
            if (read < end - 2 && this.TryTitle(read, end - 2, out var roleEnd, out var role) && roleEnd == end - 2)
            {
                this.AddPerson(end - 2, end, [this.TextOf(read, end - 2)], role.Gender, read, null);
                return end;
            }

            this.AddPerson(end - 2, end, [], Gender.Unknown, end - 2, null);
            return end;
        }

        // A person the lexicon knows by this full name, or a known organisation, country or place.
        if ((length > 1 || roles.Count > 0) && this.people.TryFind(name, out var known))
        {
            this.AddPerson(start, end, roles, gender, titleStart, known);
            return end;
        }

        if (this.TryEntity(start, end))
        {
            return end;
        }

        // "Council on Foreign Relations", "Society for the Study of Rivers": an organisation's head
        // word, then its field, is the organisation's name whole.
        for (var k = start + 1; k < end - 1; k++)
        {
            if (this.OrganizationNameGoesOn(start, k) is var joint and > 0)
            {
                // Up to a title after its field that comes before a name, a role ("... Relations
                // National Executive Director Nihad Awad"); a title that ends the run is the field
                // ("Office of the Inspector General", "Office of the Mayor").
                var organizationEnd = end;
                for (var t = k + joint + 1; t < end; t++)
                {
                    if (this.TryTitle(t, end, out var titleEnd, out _) && (titleEnd < end || this.IsNameToken(end)))
                    {
                        organizationEnd = t;
                        break;
                    }
                }

                var organization = this.Draft(this.PhraseOf(start, organizationEnd), ActorKind.Organization);
                this.AddMention(organization, this.MentionOf(start, organizationEnd, MentionKind.Name));
                this.AddNestedPlaces(start, organizationEnd);
                return organizationEnd;
            }
        }

        // "Russian Foreign Ministry", "Ministry of Defence", "Getty Images": an organisation by its head
        // word; but "Marc Lamont Hill" is a person whose surname is a place word, and so is
        // "Christopher Hill" where the name tagger reads a person.
        if (this.HeadKind(start, end) is { } head
            && !(head != HeadWordKind.Organization && this.lexicons.FirstNames.Contains(this.Word(start)) && !this.HasNonNameWord(start, end)
                && (length >= 3 || this.TaggerReadsOne(start, end, NameType.Person))))
        {
            var draft = this.Draft(name, head == HeadWordKind.Organization ? ActorKind.Organization : ActorKind.Place);
            this.AddMention(draft, this.MentionOf(start, end, MentionKind.Name));
            this.AddNestedPlaces(start, end);
            if (this.lexicons.Countries.TryFind(this.Word(start), out var country))
            {
                this.lexiconAffiliations.Add((draft, country.Country.Name));
            }

            return end;
        }

        // "Western countries": a capitalised adjective and a plural noun make a group.
        if (length == 1 && this.Is(end, WordClass.PluralActorNoun) && !this.IsNameToken(end + 1))
        {
            var group = this.Draft(this.TextOf(start, end + 1), ActorKind.Group);
            this.AddMention(group, this.MentionOf(start, end + 1, MentionKind.Name));

            // "Scientology officials": the name inside may be an organisation the article names elsewhere.
            this.pending.Add((this.SpanOf(start, end), !sentenceStart));
            return end + 1;
        }

        var firstIsGivenName = this.lexicons.FirstNames.Contains(this.Word(start));
        if (roles.Count > 0 || (firstIsGivenName && length > 1) || this.RoleBefore(titleStart) is not null)
        {
            this.AddPerson(start, end, roles, gender, titleStart, null);
            return end;
        }

        // A longer run that starts with a known name: read the name, then the rest.
        for (var n = length - 1; n >= 1; n--)
        {
            if (this.TryEntity(start, start + n))
            {
                return start + n;
            }
        }

        // An acronym no lexicon knows names an organisation, unless the tagger sees no name in it
        // ("VR headsets", "the AI boom"): then its readings over the article decide, as for a word.
        if (length == 1 && IsAcronym(this.Word(start)) && !(this.blockTagged && this.TaggerSaysNoName(start, end)))
        {
            var acronym = this.Draft(name, ActorKind.Organization);
            this.AddMention(acronym, this.MentionOf(start, end, MentionKind.Acronym));
            return end;
        }

        if (this.byName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var existing))
        {
            this.AddMention(existing, this.MentionOf(start, end, MentionKind.Name));
            return end;
        }

        // "Shadow Home Secretary Yvette Cooper": a title inside the run, then a name.
        if (length >= 3 && this.TitleInside(start, end) is { } inner)
        {
            this.ReadName(start, inner.Start, [], Gender.Unknown, start, sentenceStart);
            this.AddPerson(inner.NameStart, end, [this.TextOf(inner.Start, inner.NameStart)], inner.Gender, inner.Start, null);
            return end;
        }

        // "O.J. Simpson", "L. Ron Hubbard": initials before a name make a person's name.
        if (length is 2 or 3 && IsInitials(this.Word(start)) && this.tokens[start].End < this.tokens[start + 1].Start
            && !(start > 0 && this.tokens[start - 1].Kind == TokenKind.Number)
            && this.SentenceOf(this.tokens[start].Start) == this.SentenceOf(this.tokens[end - 1].Start)
            && this.Word(end - 1) is { Length: > 1 } surname && char.IsLower(surname[^1]) && !this.HasNonNameWord(start, end))
        {
            this.AddPerson(start, end, roles, gender, titleStart, null);
            return end;
        }

        // No lexicon knows the run: the name tagger, where there is one, decides.
        if (this.blockTagged && !(this.IsMidSentence(start, sentenceStart) && this.RulesOverruleNoName(start, end) && this.TaggerSaysNoName(start, end)))
        {
            return this.ReadTagged(start, end, roles, gender, titleStart, sentenceStart);
        }

        if (length == 1 || sentenceStart)
        {
            // Perhaps a surname or short name the article gives in full elsewhere.
            var midSentence = !sentenceStart && !(this.article.Headline is { } headline && headline.Span.Contains(this.tokens[start].Span));
            this.pending.Add((this.SpanOf(start, end), midSentence));
            return end;
        }

        // "the Sea Org": a name the article gives with an article is an organisation's when it comes
        // back; once, it may be anything ("the Animated Series").
        if (length <= 3 && this.IsWord(start - 1, "the") && !this.HasNonNameWord(start, end) && !(end < this.tokens.Count && this.IsConnector(end)))
        {
            this.theNames.Add((name.ToString(), this.MentionOf(start, end, MentionKind.Name)));
            return end;
        }

        if (length <= 3 && !this.HasNonNameWord(start, end) && !this.NamesAThing(start, end))
        {
            // "in Mountain View", "at Fisht": a name where something happens is a place.
            if (this.IsWord(start - 1, "in") || this.IsWord(start - 1, "at") || this.IsWord(start - 1, "near"))
            {
                var place = this.Draft(name, ActorKind.Place);
                this.AddMention(place, this.MentionOf(start, end, MentionKind.Name));
                return end;
            }

            this.AddPerson(start, end, roles, gender, titleStart, null);
        }

        return end;
    }

    // A title that starts inside a run and leaves one to three words of a name after it.
    private (int Start, int NameStart, Gender Gender)? TitleInside(int start, int end)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            if (!this.IsConnector(k) && this.TryTitle(k, end, out var titleEnd, out var title) && titleEnd < end && end - titleEnd <= 3 && !this.IsConnector(titleEnd))
            {
                return (k, titleEnd, title.Gender);
            }
        }

        return null;
    }

    // Whether the last two words of a run are a person's name after an organisation's: "Refugee
    // Council Enver Solomon" (the head word ends the organisation's name), or "Texas Arlington
    // Amneh Jafari" after a head word when the lexicon knows the given name.
    private bool PersonAfterOrganization(int start, int end)
    {
        if (this.IsConnector(end - 3) || !this.IsNameToken(end - 2) || !this.IsNameToken(end - 1)
            || this.lexicons.OrganizationWords.TryGetKind(this.Word(end - 1), out _) || this.lexicons.OrganizationWords.TryGetKind(this.Word(end - 2), out _)
            || this.lexicons.Countries.TryFind(this.Word(end - 1), out _) || this.lexicons.Places.TryFind(this.Word(end - 1), out _))
        {
            return false;
        }

        var givenName = this.lexicons.FirstNames.Contains(this.Word(end - 2));
        for (var k = end - 3; k >= start; k--)
        {
            if (this.lexicons.OrganizationWords.TryGetKind(this.Word(k), out var kind) && kind == HeadWordKind.Organization && (k == end - 3 || givenName))
            {
                return !this.people.TryFind(this.PhraseOf(start, end), out _);
            }
        }

        return false;
    }

    // A capitalised run that is no person's name by its shape or its place: after an article or a
    // possessive ("the Sea Org", "its Internet Explorer"), with an acronym or a single letter
    // ("PlayStation VR", "Group G"), a country in it ("Fan Expo Canada"), or a number after it
    // ("Internet Explorer 9").
    private bool NamesAThing(int start, int end)
    {
        // ... or the rest of a longer name after a known one ("Google Science Fair").
        if (this.Is(start - 1, WordClass.Determiner) || (start > 0 && this.IsNameToken(start - 1) && !this.IsSentenceStart(start)))
        {
            return true;
        }

        for (var i = start; i < end; i++)
        {
            var word = this.Word(i);
            if ((word.Length == 1 && char.IsUpper(word[0])) || (IsAcronym(word) && word.IndexOf('.') < 0) || (i > start && this.lexicons.Countries.TryFind(word, out _)))
            {
                return true;
            }
        }

        return end < this.tokens.Count && this.tokens[end].Kind == TokenKind.Number;
    }

    private bool HasNonNameWord(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (this.IsConnector(i) || this.lexicons.CapitalizedNonNames.Contains(this.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    private HeadWordKind? HeadKind(int start, int end)
    {
        for (var i = end - 1; i >= start; i--)
        {
            if (this.lexicons.OrganizationWords.TryGetKind(this.Word(i), out var kind))
            {
                // The head is the last word, or the word before "of" ("Ministry of Defence").
                if (i == end - 1 || this.IsWord(i + 1, "of"))
                {
                    return kind;
                }
            }
        }

        return null;
    }

    // A known organisation, country, capital, city or region, by the lexicons.
    private bool TryEntity(int start, int end)
    {
        var name = this.PhraseOf(start, end);
        if (this.FirstWordStandsAlone(start, end) && (this.EntityCountsAt(start) & NameIndex<OrganizationEntry>.WordCountBit(name)) == 0)
        {
            return false;
        }

        if (this.lexicons.Organizations.TryFind(name, out var organization))
        {
            var draft = this.Draft(organization.Name, ActorKind.Organization);
            this.AddMention(draft, this.MentionOf(start, end, IsAcronym(name) ? MentionKind.Acronym : MentionKind.Name));
            this.AddNestedPlaces(start, end);
            if (organization.Country is { } country)
            {
                this.lexiconAffiliations.Add((draft, country));
            }

            return true;
        }

        if (this.lexicons.Countries.TryFind(name, out var match))
        {
            this.AddCountry(start, end, match);
            return true;
        }

        if (this.lexicons.Places.TryFind(name, out var place))
        {
            this.AddPlace(start, end, place.Name, place.Kind == PlaceKind.City ? ActorKind.City : ActorKind.Place, place.Country);
            return true;
        }

        return false;
    }
}
