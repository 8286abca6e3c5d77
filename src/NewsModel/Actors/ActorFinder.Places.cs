using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Actors;

/// <summary>Reading countries, places and demonyms, and the organisations a country or a person has ("Russia's foreign ministry").</summary>
internal sealed partial class ActorFinder
{
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
}
