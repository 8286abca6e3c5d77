using System.Collections.Immutable;

namespace NewsModel.Lexicons;

/// <summary>A given name and the gender it usually implies.</summary>
/// <param name="Name">The name as written in Latin script ("Maria", "Nicolas", "Xi").</param>
/// <param name="Gender">Its usual gender; <see cref="Gender.Unknown"/> for names given to both.</param>
public sealed record FirstNameEntry(string Name, Gender Gender);

/// <summary>
/// Given names with gender, for pronoun resolution. A name needs a capital in the text
/// ("Rose" is a name, "rose" is not).
/// </summary>
public sealed class FirstNameLexicon
{
    private readonly NameIndex<FirstNameEntry> index;

    internal FirstNameLexicon(ImmutableArray<FirstNameEntry> entries)
    {
        this.Entries = entries;
        this.index = NameIndex<FirstNameEntry>.Of(entries, caseSensitiveNames: true, static e => e.Name);
    }

    /// <summary>Every name, in priority order (a user's entries first).</summary>
    public ImmutableArray<FirstNameEntry> Entries { get; }

    /// <summary>Whether the word is a known given name.</summary>
    /// <param name="name">The word.</param>
    /// <returns>Whether it is a given name.</returns>
    public bool Contains(ReadOnlySpan<char> name) => this.index.TryFind(name, out _);

    /// <summary>Finds the gender a given name implies.</summary>
    /// <param name="name">The name ("Maria").</param>
    /// <param name="gender">Its gender; <see cref="Gender.Unknown"/> for names given to both.</param>
    /// <returns>Whether the word is a known given name.</returns>
    public bool TryGetGender(ReadOnlySpan<char> name, out Gender gender)
    {
        if (this.index.TryFind(name, out var entry))
        {
            gender = entry.Gender;
            return true;
        }

        gender = Gender.Unknown;
        return false;
    }

    internal static FirstNameEntry Parse(LexiconLine line) =>
        new(line.Required(0, "name"), GenderCodes.Parse(line.Required(1, "gender")));
}
