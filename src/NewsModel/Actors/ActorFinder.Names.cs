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

    // The countries and places named inside a longer name are mentioned too: "United States" in
    // "United States National Security Council", "Texas" in "University of Texas Arlington".
    private void AddNestedPlaces(int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var found = 0;
            for (var n = Math.Min(4, end - i); n >= 1 && found == 0; n--)
            {
                if (n == end - start || this.IsConnector(i) || this.IsConnector(i + n - 1))
                {
                    continue;
                }

                ActorDraft? place = null;
                var text = this.PhraseOf(i, i + n);
                if (this.FirstWordStandsAlone(i, i + n) && (this.EntityCountsAt(i) & NameIndex<PlaceEntry>.WordCountBit(text)) == 0)
                {
                    continue;
                }

                if (this.lexicons.Countries.TryFind(text, out var match) && match.Kind != CountryNameKind.Demonym)
                {
                    place = match.Kind == CountryNameKind.Capital
                        ? this.Draft(match.Country.Capital ?? text.ToString(), ActorKind.City)
                        : this.Draft(match.Country.Name, ActorKind.Country);
                }
                else if (this.lexicons.Places.TryFind(text, out var entry))
                {
                    place = this.Draft(entry.Name, entry.Kind == PlaceKind.City ? ActorKind.City : ActorKind.Place);
                }

                if (place is not null)
                {
                    // Added as read: an article or a possessive belongs to the longer name.
                    var mention = this.MentionOf(i, i + n, IsAcronym(text) ? MentionKind.Acronym : MentionKind.Name);
                    place.AddMention(mention);
                    found = n;
                }
            }

            i += found > 0 ? found : 1;
        }
    }

    private void AddCountry(int start, int end, CountryMatch match)
    {
        var country = match.Country;
        if (match.Kind == CountryNameKind.Capital)
        {
            this.AddPlace(start, end, country.Capital ?? this.TextOf(start, end), ActorKind.City, country.Name);
            return;
        }

        var draft = this.Draft(country.Name, ActorKind.Country);
        if (match.Kind == CountryNameKind.Demonym)
        {
            this.AddDemonym(draft, start, end);
            return;
        }

        this.AddMention(draft, this.MentionOf(start, end, IsAcronym(this.Word(start)) ? MentionKind.Acronym : MentionKind.Name));
        if (this.IsClitic(end))
        {
            this.ReadPossessiveOrganization(draft, end + 1);
        }
    }

    private void AddDemonym(ActorDraft country, int start, int end)
    {
        // "Afghans", "the Belgians": the plural noun names the people, a group of that country.
        // The adjective ("Afghan girls", "Russian bombers") describes something else and is no
        // mention of the country; it is remembered for the phrase of a title after it.
        if (end - start == 1 && this.IsPluralDemonym(start, country) && !this.Is(end, WordClass.GroupNoun | WordClass.PluralActorNoun))
        {
            var people = this.Draft(this.Word(start), ActorKind.Group);
            people.Affiliation ??= country;
            this.AddMention(people, this.MentionOf(start, end, MentionKind.Name));
            return;
        }

        this.recent.Add((this.SpanOf(start, end), country));
        this.demonyms.Add((this.SpanOf(start, end), country));

        // "the Venezuelan president", "Russian counterpart": a description of a person of that country.
        if (this.TryTitle(end, Math.Min(end + 3, this.tokens.Count), out var titleEnd, out _) && !this.IsNameToken(titleEnd))
        {
            var from = this.Is(start - 1, WordClass.Determiner) ? start - 1 : start;
            var role = this.TextOf(end, titleEnd);
            this.descriptions.Add(new Description(this.SpanOf(from, titleEnd), role, country, role.Equals("counterpart", StringComparison.OrdinalIgnoreCase)));
        }
        else if (this.Is(end, WordClass.GroupNoun))
        {
            var group = this.Draft(this.TextOf(start, end + 1), ActorKind.Group);
            this.AddMention(group, this.MentionOf(start, end + 1, MentionKind.Name));
            this.lexiconAffiliations.Add((group, country.Name));
        }
    }

    // A capital stands for its country's government when it acts: "Moscow said", "Washington’s moves",
    // "sponsored by Washington". Otherwise it is the city.
    private void AddPlace(int start, int end, string name, ActorKind kind, string? country)
    {
        if (kind == ActorKind.City && country is not null && this.IsCapitalOf(name, country) && this.ActsAsGovernment(start, end))
        {
            var government = this.Draft(country, ActorKind.Country);
            this.AddMention(government, this.MentionOf(start, end, MentionKind.Metonym));
            return;
        }

        var draft = this.Draft(name, kind);
        this.AddMention(draft, this.MentionOf(start, end, MentionKind.Name));
        if (country is not null)
        {
            this.lexiconAffiliations.Add((draft, country));
        }
    }

    private bool IsCapitalOf(string city, string country)
        => this.lexicons.Countries.TryFind(city, out var match) && match.Kind == CountryNameKind.Capital && match.Country.Name == country;

    private bool ActsAsGovernment(int start, int end)
    {
        if (this.IsWord(start - 1, "by") && !this.IsWord(start - 2, "run"))
        {
            return true;
        }

        // "Washington’s moves" (but not "Moscow’s Red Square"), whatever stands before it.
        if (this.IsClitic(end))
        {
            return end + 1 < this.tokens.Count && this.tokens[end + 1].Kind == TokenKind.Word && !this.IsNameToken(end + 1);
        }

        if (this.Is(start - 1, WordClass.Preposition))
        {
            return false;
        }

        return end < this.tokens.Count && this.tokens[end].Kind == TokenKind.Word
            && (this.lexicons.ReportingVerbs.TryFindVerb(this.Word(end), out _) || this.Is(end, WordClass.Auxiliary));
    }

    // "Russia’s foreign ministry" is an organisation of Russia; "Russia’s state-owned company
    // Rosneft" describes the company named after it.
    private void ReadPossessiveOrganization(ActorDraft country, int i)
    {
        var j = i;
        while (j < this.tokens.Count && j - i < 4 && this.tokens[j].Kind == TokenKind.Word && !this.IsNameToken(j))
        {
            // "Colombia’s capital, Bogota": a description of the city named after it.
            if (this.IsWord(j, "capital") && this.IsPunctuation(j + 1, ',') && this.IsNameToken(j + 2))
            {
                var capital = TextSpan.FromBounds(this.tokens[i - 2].Start, this.tokens[j].End);
                this.appositiveDescriptions.Add((this.tokens[j + 2].Start, Mention.InArticle(this.text, capital, MentionKind.Description), country));
                return;
            }

            // The organisation noun ends the phrase: in "Venezuela’s military potential" it is an adjective.
            if (this.Is(j, WordClass.OrganizationNoun) && !(j + 1 < this.tokens.Count && this.tokens[j + 1].Kind == TokenKind.Word && !this.IsNameToken(j + 1) && !this.Is(j + 1, WordClass.Preposition | WordClass.Conjunction)))
            {
                var span = TextSpan.FromBounds(this.tokens[i - 2].Start, this.tokens[j].End);
                if (this.IsNameToken(j + 1))
                {
                    // Described by the name that follows: linked when that name is read.
                    this.appositiveDescriptions.Add((j + 1 < this.tokens.Count ? this.tokens[j + 1].Start : -1, Mention.InArticle(this.text, span, MentionKind.Description), country));
                    return;
                }

                var demonym = this.DemonymOf(country.Name);
                var organization = this.Draft($"{demonym} {this.TextOf(i, j + 1)}", ActorKind.Organization);
                this.AddMention(organization, Mention.InArticle(this.text, span, MentionKind.Description));
                organization.Affiliation ??= country;
                return;
            }

            j++;
        }
    }

    // "Afghans" beside "Afghan": a demonym of the country that is another one with an "s" added.
    private bool IsPluralDemonym(int i, ActorDraft country)
    {
        var word = this.Word(i);
        if (word.Length < 4 || word[^1] != 's' || !this.lexicons.Countries.TryFind(country.Name, out var match))
        {
            return false;
        }

        var singular = word[..^1];
        foreach (var demonym in match.Country.Demonyms)
        {
            if (singular.Equals(demonym, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "Mr Netanyahu's office", "Trump's campaign": an organisation noun right after a person's
    // possessive is an organisation of that person, which speaks for them ("the office said").
    private void ReadPersonsOrganization(ActorDraft person, int nameStart, int i)
    {
        if (i >= this.tokens.Count || !char.IsLower(this.text[this.tokens[i].Start]) || !this.Is(i, WordClass.OrganizationNoun) || this.LongerNounAfter(i + 1))
        {
            return;
        }

        var organization = this.Draft($"{person.Name}'s {this.TextOf(i, i + 1)}", ActorKind.Organization);
        organization.Affiliation ??= person;
        this.AddMention(organization, Mention.InArticle(this.text, TextSpan.FromBounds(this.tokens[nameStart].Start, this.tokens[i].End), MentionKind.Description));
    }

    // "him", "them"; "her" before punctuation or a function word ("told her that"), not before a
    // noun ("her support").
    private bool IsObjectPronoun(int i, WordClass classes)
        => (classes & WordClass.ObjectPronoun) != 0
            && ((classes & WordClass.Determiner) == 0 || i + 1 >= this.tokens.Count || this.tokens[i + 1].Kind != TokenKind.Word || this.Is(i + 1, WordClass.FunctionWord | WordClass.Adverb));

    // Where the last clause boundary before the token starts, in its sentence: punctuation, a
    // conjunction, a complementizer or a relative pronoun; -1 when there is none (looked for over
    // a few dozen tokens, so that a sentence with no punctuation stays linear).
    private int ClauseBoundaryBefore(int i)
    {
        const int Window = 48;
        var sentence = this.SentenceOf(this.tokens[i].Start);
        var from = sentence > 0 ? this.sentences[sentence - 1].End : 0;
        for (var k = i - 1; k >= 0 && k >= i - Window && this.tokens[k].Start >= from; k--)
        {
            if (this.tokens[k].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Clitic)
                || this.Is(k, WordClass.Conjunction | WordClass.Complementizer | WordClass.PronounRelative))
            {
                return this.tokens[k].Start;
            }
        }

        return i >= Window ? this.tokens[i - Window].Start : -1;
    }

    // Whether the token starts a noun that the one before belongs to: a title ("the party
    // leader"), or a noun for people or organisations ("the government forces").
    private bool LongerNounAfter(int i)
        => i < this.tokens.Count && this.tokens[i].Kind == TokenKind.Word && !this.IsNameToken(i)
            && (this.Is(i, WordClass.PersonNoun | WordClass.GroupNoun | WordClass.OrganizationNoun) || this.TryTitle(i, Math.Min(i + 3, this.tokens.Count), out _, out _));

    private string DemonymOf(string country)
        => this.lexicons.Countries.TryFind(country, out var match) && match.Country.Demonyms.Count > 0 ? match.Country.Demonyms[0] : country;

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
