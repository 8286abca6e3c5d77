using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace NewsModel.Lexicons;

/// <summary>A public figure the lexicon knows: canonical name, gender, best-known role and country.</summary>
/// <param name="Name">The canonical full name ("Vladimir Putin").</param>
/// <param name="Gender">The person's gender, as news refers to them.</param>
/// <param name="Role">The role news knows them by ("president"), if any.</param>
/// <param name="Country">The country (canonical name as in <c>countries.txt</c>), if any.</param>
public sealed record PersonEntry(string Name, Gender Gender, string? Role, string? Country);

/// <summary>
/// Notable people (<c>people.txt</c>), so that "Putin" in a headline and "Vladimir Putin" in the
/// body are one person with one id in every article. Lookups by full name or alias, and by
/// surname where only one known person has it.
/// </summary>
public sealed class PeopleLexicon
{
    private const string ResourceName = "NewsModel.Lexicons.people.txt";

    private static readonly Lazy<PeopleLexicon> DefaultLexicon = new(() => Parse(ReadResource(), "people.txt"), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IgnoreCaseMap<PersonEntry> names;
    private readonly FrozenDictionary<string, PersonEntry>.AlternateLookup<ReadOnlySpan<char>> surnames;

    private PeopleLexicon(Dictionary<string, PersonEntry> names, Dictionary<string, PersonEntry> surnames)
    {
        this.names = new IgnoreCaseMap<PersonEntry>(names);
        this.surnames = surnames.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.Count = names.Count;
    }

    /// <summary>The embedded lexicon.</summary>
    public static PeopleLexicon Default => DefaultLexicon.Value;

    /// <summary>The number of names and aliases.</summary>
    public int Count { get; }

    /// <summary>Finds a person by full name or alias.</summary>
    /// <param name="name">The name, words separated by single spaces.</param>
    /// <param name="person">The person.</param>
    /// <returns>Whether one was found.</returns>
    public bool TryFind(ReadOnlySpan<char> name, [MaybeNullWhen(false)] out PersonEntry person) => this.names.TryGetValue(name, out person);

    /// <summary>Finds the one known person with this surname (case as written: "Putin", not "putin").</summary>
    /// <param name="surname">The surname.</param>
    /// <param name="person">The person.</param>
    /// <returns>Whether exactly one known person has it.</returns>
    public bool TryFindBySurname(ReadOnlySpan<char> surname, [MaybeNullWhen(false)] out PersonEntry person)
        => this.surnames.TryGetValue(surname, out person) && person is not null;

    /// <summary>Reads a lexicon in the <c>people.txt</c> format.</summary>
    /// <param name="content">The file's text.</param>
    /// <param name="source">The file's name, for errors.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="FormatException">A line is malformed; the message names the source and line.</exception>
    public static PeopleLexicon Parse(string content, string source)
    {
        ArgumentNullException.ThrowIfNull(content);
        var names = new Dictionary<string, PersonEntry>(StringComparer.OrdinalIgnoreCase);
        var surnames = new Dictionary<string, PersonEntry>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('|', StringSplitOptions.TrimEntries);
            if (columns.Length != 5 || columns[0].Length == 0)
            {
                throw new FormatException($"{source} line {lineNumber}: expected 'name | other names | gender | role | country'");
            }

            var gender = columns[2] switch
            {
                "m" => Gender.Male,
                "f" => Gender.Female,
                _ => Gender.Unknown,
            };
            var person = new PersonEntry(columns[0], gender, columns[3].Length > 0 ? columns[3] : null, columns[4].Length > 0 ? columns[4] : null);
            names.TryAdd(person.Name, person);
            foreach (var alias in columns[1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                names.TryAdd(alias, person);
            }

            var surname = person.Name[(person.Name.LastIndexOf(' ') + 1)..];
            if (surname.Length > 2 && !surnames.TryAdd(surname, person) && surnames[surname] != person)
            {
                ambiguous.Add(surname);
            }
        }

        foreach (var surname in ambiguous)
        {
            surnames.Remove(surname);
        }

        return new PeopleLexicon(names, surnames);
    }

    private static string ReadResource()
    {
        using var stream = typeof(PeopleLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded lexicon {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
