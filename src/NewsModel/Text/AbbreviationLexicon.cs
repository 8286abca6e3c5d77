using System.Collections.Immutable;

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

/// <summary>An abbreviation of <c>abbreviations.txt</c>.</summary>
/// <param name="Abbreviation">The abbreviation exactly as written, with its final full stop ("Mr.", "U.S.").</param>
/// <param name="MayEnd">Whether it often closes a sentence too ("in the U.S.").</param>
internal sealed record AbbreviationEntry(string Abbreviation, bool MayEnd);

/// <summary>
/// The abbreviations that end with a full stop but do not end a sentence (the lexicon set's
/// <see cref="Lexicons.LexiconKind.Abbreviations"/>), and whether a "may end" one closes its
/// sentence before a word: it does before a capitalised sentence opener (a word class). Immutable.
/// </summary>
internal sealed class AbbreviationLexicon
{
    private readonly Dictionary<string, AbbreviationKind> entries;
    private readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> entryLookup;
    private readonly Lexicons.WordClasses words;

    internal AbbreviationLexicon(ImmutableArray<AbbreviationEntry> entries, Lexicons.WordClasses words)
    {
        this.Entries = entries;
        this.words = words;
        this.entries = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            this.entries.TryAdd(entry.Abbreviation, entry.MayEnd ? AbbreviationKind.MayEnd : AbbreviationKind.NeverEnds);
        }

        this.entryLookup = this.entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The abbreviations of the embedded lexicons.</summary>
    public static AbbreviationLexicon Default => Lexicons.LexiconSet.Default.Abbreviations;

    /// <summary>The entries, in priority order.</summary>
    public ImmutableArray<AbbreviationEntry> Entries { get; }

    /// <summary>Looks up an abbreviation written with its final full stop ("Mr.", "U.S.").</summary>
    public AbbreviationKind Find(ReadOnlySpan<char> abbreviation) =>
        this.entryLookup.TryGetValue(abbreviation, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>Whether the word is an abbreviation of the lexicon.</summary>
    public bool Contains(ReadOnlySpan<char> word) => this.entryLookup.ContainsKey(word);

    /// <summary>Whether the word commonly opens a sentence: a sentence opener, capitalised ("The", not "the" or "THE").</summary>
    public bool IsOpener(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]) && !word[1..].ContainsAnyInRange('A', 'Z') && this.words.Is(word, Lexicons.WordClass.SentenceOpener);

    internal static AbbreviationEntry Parse(Lexicons.LexiconLine line)
    {
        var abbreviation = line.Required(0, "abbreviation");
        if (!abbreviation.EndsWith('.') || abbreviation.Contains(' ', StringComparison.Ordinal))
        {
            throw new Lexicons.LexiconFormatException($"'{abbreviation}' is not one word ending with a full stop");
        }

        return line.Optional(1) switch
        {
            null => new AbbreviationEntry(abbreviation, false),
            "may-end" => new AbbreviationEntry(abbreviation, true),
            var other => throw new Lexicons.LexiconFormatException($"unknown mark '{other}' (expected may-end or nothing)"),
        };
    }
}
