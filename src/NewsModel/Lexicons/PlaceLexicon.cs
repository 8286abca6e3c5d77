using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

using NewsModel.Model;

namespace NewsModel.Lexicons;

/// <summary>What kind of place a <see cref="PlaceEntry"/> is.</summary>
public enum PlaceKind
{
    /// <summary>A city or town (cities.txt).</summary>
    City,

    /// <summary>A state of a federation: a US, Australian, Indian, Brazilian, Mexican or German state.</summary>
    State,

    /// <summary>A province (Canada, China...).</summary>
    Province,

    /// <summary>A territory, disputed or dependent area (Gaza, the West Bank, Crimea, Puerto Rico).</summary>
    Territory,

    /// <summary>A world or national region (the Middle East, Latin America, the Gulf, Kashmir).</summary>
    Region,

    /// <summary>A continent.</summary>
    Continent,

    /// <summary>A sea, ocean, gulf or strait.</summary>
    Sea,
}

/// <summary>A city or another named place that is not a country.</summary>
/// <param name="Name">The canonical English name.</param>
/// <param name="Kind">What kind of place it is.</param>
/// <param name="Country">The canonical name of the country it lies in (as in countries.txt), or null.</param>
public sealed record PlaceEntry(string Name, PlaceKind Kind, string? Country)
{
    /// <summary>Other names and abbreviations ("NYC"; "Calif.").</summary>
    public EquatableArray<string> Aliases { get; init; }
}

/// <summary>
/// Cities, states, provinces, regions and continents, looked up by any of their names. When a
/// name belongs to more than one place, the first entry wins: cities come before regions, so
/// "New York" is the city and "Washington" the capital, and the state needs "New York state".
/// Case rules are those of <see cref="CountryLexicon"/>.
/// </summary>
public sealed class PlaceLexicon
{
    private readonly NameIndex<PlaceEntry> index;

    internal PlaceLexicon(ImmutableArray<PlaceEntry> entries)
    {
        this.Entries = entries;
        this.index = NameIndex<PlaceEntry>.Of(entries, caseSensitiveNames: true, static e => e.Name, static e => e.Aliases);
    }

    /// <summary>Every place, in priority order (a user's entries first, then cities, then regions).</summary>
    public ImmutableArray<PlaceEntry> Entries { get; }

    /// <summary>The most words in any name.</summary>
    public int MaxWords => this.index.MaxWords;

    /// <summary>For each number of words n, bit n is set when some name of n words starts with <paramref name="word"/> (see <see cref="NameIndex{T}.WordCountsStartingWith"/>).</summary>
    internal ulong WordCountsStartingWith(ReadOnlySpan<char> word) => this.index.WordCountsStartingWith(word);

    /// <summary>Every word a name starts with, and the word counts of the names it starts (see <see cref="NameIndex{T}.FirstWordCounts"/>).</summary>
    internal IEnumerable<KeyValuePair<string, ulong>> FirstWordCounts() => this.index.FirstWordCounts();

    /// <summary>Finds a place by any of its names.</summary>
    /// <param name="text">The words, separated by single spaces.</param>
    /// <param name="place">The place.</param>
    /// <returns>Whether a place was found.</returns>
    public bool TryFind(ReadOnlySpan<char> text, [MaybeNullWhen(false)] out PlaceEntry place) =>
        this.index.TryFind(text, out place);

    internal static string KeyOf(PlaceEntry entry) => $"{entry.Kind}|{entry.Name}|{entry.Country}";

    internal static PlaceEntry ParseCity(LexiconLine line) =>
        new(line.Required(0, "city"), PlaceKind.City, line.Required(1, "country"))
        {
            Aliases = line.List(2),
        };

    internal static PlaceEntry ParseRegion(LexiconLine line)
    {
        var kind = line.Required(1, "kind") switch
        {
            "city" => PlaceKind.City,
            "state" => PlaceKind.State,
            "province" => PlaceKind.Province,
            "territory" => PlaceKind.Territory,
            "region" => PlaceKind.Region,
            "continent" => PlaceKind.Continent,
            "sea" => PlaceKind.Sea,
            var other => throw new LexiconFormatException(
                $"unknown place kind '{other}' (expected city, state, province, territory, region, continent or sea)"),
        };
        return new PlaceEntry(line.Required(0, "name"), kind, line.Optional(2)) { Aliases = line.List(3) };
    }
}
