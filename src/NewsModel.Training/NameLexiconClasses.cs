using NewsModel.Lexicons;

namespace NewsModel.Training;

/// <summary>
/// The lexicon classes the name model's dictionary records, a bit each: given names, country
/// names, demonyms, places (cities and regions), known organisations, titles, the head words of
/// organisation and place names, and the words of known people's names. Like the part-of-speech
/// model's classes they are read when the model is trained and stored in it.
/// </summary>
internal static class NameLexiconClasses
{
    public const byte FirstName = 1 << 0;
    public const byte Country = 1 << 1;
    public const byte Demonym = 1 << 2;
    public const byte Place = 1 << 3;
    public const byte Organization = 1 << 4;
    public const byte Title = 1 << 5;
    public const byte HeadWord = 1 << 6;
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
}
