using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Training;

/// <summary>
/// The lexicon classes the name model's dictionary records, a bit each: given names, country
/// names, demonyms, places (cities and regions), known organisations, titles, the head words of
/// organisation and place names, and the words of known people's names. Like the part-of-speech
/// model's classes they are read when the model is trained and stored in it.
/// </summary>
internal static class NameLexiconClasses
{
    public const byte FirstName = NameTemplates.FirstNameClass;
    public const byte Country = 1 << 1;
    public const byte Demonym = 1 << 2;
    public const byte Place = 1 << 3;
    public const byte Organization = 1 << 4;
    public const byte Title = NameTemplates.TitleClass;
    public const byte HeadWord = NameTemplates.HeadWordClass;
    public const byte Person = 1 << 7;

    /// <summary>Every word of the lexicons with its classes.</summary>
    /// <param name="set">The lexicons.</param>
    /// <param name="peopleFile">The people lexicon's source file (people.txt), whose names the lexicon does not list.</param>
    /// <returns>The words and classes, in the lexicons' order.</returns>
    public static List<(string Word, byte Classes)> From(LexiconSet set, string peopleFile)
    {
        var words = new List<(string Word, byte Classes)>();
        foreach (var entry in set.FirstNames.Entries)
        {
            LexiconClasses.AddName(words, entry.Name, FirstName);
        }

        foreach (var country in set.Countries.Entries)
        {
            LexiconClasses.AddName(words, country.Name, Country);
            foreach (var alias in country.Aliases)
            {
                LexiconClasses.AddName(words, alias, Country);
            }

            foreach (var demonym in country.Demonyms)
            {
                LexiconClasses.AddName(words, demonym, Demonym);
            }
        }

        foreach (var place in set.Places.Entries)
        {
            LexiconClasses.AddName(words, place.Name, Place);
            foreach (var alias in place.Aliases)
            {
                LexiconClasses.AddName(words, alias, Place);
            }
        }

        foreach (var organization in set.Organizations.Entries)
        {
            LexiconClasses.AddName(words, organization.Name, Organization);
            foreach (var alias in organization.Aliases)
            {
                LexiconClasses.AddName(words, alias, Organization);
            }
        }

        foreach (var title in set.Titles.Entries)
        {
            LexiconClasses.AddWord(words, title.Title, Title);
        }

        foreach (var head in set.OrganizationWords.Entries)
        {
            LexiconClasses.AddWord(words, head.Word, HeadWord);
        }

        // people.txt: canonical name | other names, ";"-separated | gender | role | country.
        foreach (var line in File.ReadLines(peopleFile))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split(line.Contains('|', StringComparison.Ordinal) ? '|' : '\t');
            LexiconClasses.AddName(words, columns[0].Trim(), Person);
            if (columns.Length > 1)
            {
                foreach (var alias in columns[1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    LexiconClasses.AddName(words, alias, Person);
                }
            }
        }

        return words;
    }

    /// <summary>
    /// The lexicons' names, whole, as their tokens' word atoms with <see cref="NameGazetteer"/>
    /// classes: people, organisations, countries, places, demonyms and titles (capitalised, as
    /// before a name). A name of one word (the dictionary's word classes tell it), one that cannot
    /// start a match (no capital) or one too long is left out.
    /// </summary>
    /// <param name="set">The lexicons.</param>
    /// <param name="peopleFile">The people lexicon's source file (people.txt).</param>
    /// <returns>The names, in the lexicons' order.</returns>
    public static List<(ulong[] Words, byte Classes)> Phrases(LexiconSet set, string peopleFile)
    {
        var phrases = new List<(ulong[] Words, byte Classes)>();
        foreach (var country in set.Countries.Entries)
        {
            AddPhrase(phrases, country.Name, NameGazetteer.Country);
            foreach (var alias in country.Aliases)
            {
                AddPhrase(phrases, alias, NameGazetteer.Country);
            }

            foreach (var demonym in country.Demonyms)
            {
                AddPhrase(phrases, demonym, NameGazetteer.Demonym);
            }
        }

        foreach (var place in set.Places.Entries)
        {
            AddPhrase(phrases, place.Name, NameGazetteer.Place);
            foreach (var alias in place.Aliases)
            {
                AddPhrase(phrases, alias, NameGazetteer.Place);
            }
        }

        foreach (var organization in set.Organizations.Entries)
        {
            AddPhrase(phrases, organization.Name, NameGazetteer.Organization);
            foreach (var alias in organization.Aliases)
            {
                AddPhrase(phrases, alias, NameGazetteer.Organization);
            }
        }

        // Titles are listed in lower case; before a name news capitalises them.
        foreach (var title in set.Titles.Entries)
        {
            AddPhrase(phrases, title.Title, NameGazetteer.Title);
            AddPhrase(phrases, Capitalised(title.Title), NameGazetteer.Title);
        }

        foreach (var line in File.ReadLines(peopleFile))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split(line.Contains('|', StringComparison.Ordinal) ? '|' : '\t');
            AddPhrase(phrases, columns[0].Trim(), NameGazetteer.Person);
            if (columns.Length > 1)
            {
                foreach (var alias in columns[1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    AddPhrase(phrases, alias, NameGazetteer.Person);
                }
            }
        }

        return phrases;
    }

    private static void AddPhrase(List<(ulong[] Words, byte Classes)> phrases, string name, byte classes)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(name, new TextSpan(0, name.Length), TokenAlignment.IsAbbreviation, tokens);
        if (tokens.Count is < 2 or > NameGazetteer.MaxWords)
        {
            return;
        }

        var atoms = tokens.Select(t => TokenAtoms.Head(name.AsSpan(t.Start, t.Span.Length), t.Kind)).ToArray();
        if (NameGazetteer.MayStart(atoms[0]))
        {
            phrases.Add(([.. atoms.Select(a => a.Word)], classes));
        }
    }

    // A title's words capitalised as before a name ("Prime Minister"), short function words ("of") apart.
    private static string Capitalised(string title) => string.Join(
        ' ',
        title.Split(' ').Select(w => w.Length > 3 || w == title.Split(' ')[0] ? char.ToUpperInvariant(w[0]) + w[1..] : w));
}
