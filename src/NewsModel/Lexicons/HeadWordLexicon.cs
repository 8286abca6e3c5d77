using System.Collections.Immutable;

namespace NewsModel.Lexicons;

/// <summary>What a head word makes of the capitalised phrase it ends or starts.</summary>
public enum HeadWordKind
{
    /// <summary>An organisation: "Foreign Ministry", "Ministry of Defence", "Acme Corp".</summary>
    Organization,

    /// <summary>A place: "Wall Street", "Orange County", "Mount Everest".</summary>
    Place,

    /// <summary>A building or facility, which news treats as a place: "Heathrow Airport".</summary>
    Facility,
}

/// <summary>A word that marks a capitalised phrase as an organisation or a place.</summary>
/// <param name="Word">The word ("Ministry", "Inc", "Street").</param>
/// <param name="Kind">What it makes of the phrase.</param>
public sealed record HeadWordEntry(string Word, HeadWordKind Kind);

/// <summary>Head words and suffixes of organisation and place names, looked up ignoring case.</summary>
public sealed class HeadWordLexicon
{
    private readonly NameIndex<HeadWordEntry> index;

    internal HeadWordLexicon(ImmutableArray<HeadWordEntry> entries)
    {
        this.Entries = entries;
        this.index = NameIndex<HeadWordEntry>.Of(entries, caseSensitiveNames: false, static e => e.Word);
    }

    /// <summary>Every head word, in priority order (a user's entries first).</summary>
    public ImmutableArray<HeadWordEntry> Entries { get; }

    /// <summary>The most words in any head word ("Air Force" has two).</summary>
    public int MaxWords => this.index.MaxWords;

    /// <summary>Finds what a word marks, ignoring case.</summary>
    /// <param name="word">The word.</param>
    /// <param name="kind">What it marks.</param>
    /// <returns>Whether the word is a head word.</returns>
    public bool TryGetKind(ReadOnlySpan<char> word, out HeadWordKind kind)
    {
        if (this.index.TryFind(word, out var entry))
        {
            kind = entry.Kind;
            return true;
        }

        kind = default;
        return false;
    }

    internal static HeadWordEntry Parse(LexiconLine line)
    {
        var kind = line.Required(1, "kind") switch
        {
            "organization" => HeadWordKind.Organization,
            "place" => HeadWordKind.Place,
            "facility" => HeadWordKind.Facility,
            var other => throw new LexiconFormatException(
                $"unknown head word kind '{other}' (expected organization, place or facility)"),
        };
        return new HeadWordEntry(line.Required(0, "word"), kind);
    }
}
