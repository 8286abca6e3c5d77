using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tokens;

namespace NewsModel.Training;

/// <summary>
/// The lexicon classes the part-of-speech model's dictionary records, a bit each: given names,
/// country names, demonyms, places, organisations, titles, reporting verbs and capitalised words
/// that are not names. They are read from the lexicons when the model is trained and stored in
/// it, so that a model tags the same whatever lexicons the library it runs in has.
/// </summary>
internal static class LexiconClasses
{
    public const byte FirstName = 1 << 0;
    public const byte Country = 1 << 1;
    public const byte Demonym = 1 << 2;
    public const byte Place = 1 << 3;
    public const byte Organization = 1 << 4;
    public const byte Title = 1 << 5;
    public const byte ReportingVerb = 1 << 6;
    public const byte NonName = 1 << 7;

    /// <summary>Every word of the lexicons with its classes; a name of several words gives each capitalised word.</summary>
    /// <param name="set">The lexicons.</param>
    /// <returns>The words and classes, in the lexicons' order.</returns>
    public static List<(string Word, byte Classes)> From(LexiconSet set)
    {
        var words = new List<(string Word, byte Classes)>();
        foreach (var entry in set.FirstNames.Entries)
        {
            AddName(words, entry.Name, FirstName);
        }

        foreach (var country in set.Countries.Entries)
        {
            AddName(words, country.Name, Country);
            foreach (var alias in country.Aliases)
            {
                AddName(words, alias, Country);
            }

            foreach (var demonym in country.Demonyms)
            {
                AddName(words, demonym, Demonym);
            }
        }

        foreach (var place in set.Places.Entries)
        {
            AddName(words, place.Name, Place);
            foreach (var alias in place.Aliases)
            {
                AddName(words, alias, Place);
            }
        }

        foreach (var organization in set.Organizations.Entries)
        {
            AddName(words, organization.Name, Organization);
            foreach (var alias in organization.Aliases)
            {
                AddName(words, alias, Organization);
            }
        }

        foreach (var title in set.Titles.Entries)
        {
            AddWord(words, title.Title, Title);
        }

        foreach (var verb in set.ReportingVerbs.Verbs)
        {
            foreach (var form in verb.Forms)
            {
                AddWord(words, form, ReportingVerb);
            }
        }

        foreach (var entry in set.CapitalizedNonNames.Entries)
        {
            AddWord(words, entry.Word, NonName);
        }

        return words;
    }

    // A name's capitalised words, as the tokenizer splits them.
    internal static void AddName(List<(string, byte)> words, string name, byte classes)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(name, new TextSpan(0, name.Length), TokenAlignment.IsAbbreviation, tokens);
        foreach (var token in tokens)
        {
            if (token.IsCapitalized(name))
            {
                words.Add((name[token.Start..token.End], classes));
            }
        }
    }

    // A single word as written and capitalised (it may open a sentence); longer entries are skipped.
    internal static void AddWord(List<(string, byte)> words, string word, byte classes)
    {
        if (word.Contains(' ', StringComparison.Ordinal) || word.Length == 0)
        {
            return;
        }

        words.Add((word, classes));
        if (char.IsLower(word[0]))
        {
            words.Add((char.ToUpperInvariant(word[0]) + word[1..], classes));
        }
    }
}
