namespace NewsModel.Text;

/// <summary>How an abbreviation behaves at a possible sentence end.</summary>
internal enum AbbreviationKind
{
    /// <summary>Not an abbreviation from the lexicon.</summary>
    None,

    /// <summary>Never ends a sentence (titles, months: "Mr.", "Sept.").</summary>
    NeverEnds,

    /// <summary>May end a sentence ("U.S.", "Inc."): it does when a common sentence opener follows.</summary>
    MayEnd,
}

/// <summary>
/// The embedded abbreviation lexicon (<c>Lexicons/Data/abbreviations.txt</c>) and the closed list
/// of sentence openers used to decide whether a "may end" abbreviation closes its sentence.
/// Both are read once and never change, so sharing them across threads is safe.
/// </summary>
internal static class AbbreviationLexicon
{
    private const string ResourceName = "NewsModel.Lexicons.abbreviations.txt";

    // Function words that begin sentences but rarely follow an abbreviation inside one: after
    // "in the U.S." a following "The" starts a new sentence, a following "Senate" does not.
    private static readonly string[] OpenerWords =
    [
        "A", "After", "An", "And", "As", "At", "Before", "But", "During", "For", "He", "Her", "His",
        "However", "I", "If", "In", "It", "Its", "Meanwhile", "Mr", "Mrs", "Ms", "Dr", "On", "Our",
        "She", "So", "That", "The", "Their", "There", "These", "They", "This", "Those", "We",
        "What", "When", "While", "Yet", "You",
    ];

    private static readonly Dictionary<string, AbbreviationKind> Entries = Load();

    private static readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> EntryLookup =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Openers = new(OpenerWords, StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup =
        Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks up an abbreviation written with its final full stop ("Mr.", "U.S.").</summary>
    public static AbbreviationKind Find(ReadOnlySpan<char> abbreviation) =>
        EntryLookup.TryGetValue(abbreviation, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>Whether the word commonly opens a sentence.</summary>
    public static bool IsOpener(ReadOnlySpan<char> word) => OpenerLookup.Contains(word);

    private static Dictionary<string, AbbreviationKind> Load()
    {
        var entries = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        using var stream = typeof(AbbreviationLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded lexicon {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.AsSpan().Trim();
            if (entry.IsEmpty || entry[0] == '#')
            {
                continue;
            }

            var kind = AbbreviationKind.NeverEnds;
            if (entry.EndsWith(" *", StringComparison.Ordinal))
            {
                kind = AbbreviationKind.MayEnd;
                entry = entry[..^2].TrimEnd();
            }

            entries[entry.ToString()] = kind;
        }

        return entries;
    }
}
