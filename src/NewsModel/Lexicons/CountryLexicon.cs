using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

using NewsModel.Model;

namespace NewsModel.Lexicons;

/// <summary>A country as news writes it, with the other words that name it.</summary>
/// <param name="Name">The canonical English short name ("United States", "Russia", "South Korea").</param>
/// <param name="IsoCode">The ISO 3166-1 alpha-2 code ("US"); for places without one, the code in common use ("XK").</param>
public sealed record CountryEntry(string Name, string IsoCode)
{
    /// <summary>Other names and short forms ("US", "U.S.", "America").</summary>
    public EquatableArray<string> Aliases { get; init; }

    /// <summary>Demonyms and adjectives ("American").</summary>
    public EquatableArray<string> Demonyms { get; init; }

    /// <summary>The capital city, which news uses for the government ("Moscow said"); null if none is given.</summary>
    public string? Capital { get; init; }
}

/// <summary>Which of a country's words matched.</summary>
public enum CountryNameKind
{
    /// <summary>The canonical name.</summary>
    Name,

    /// <summary>Another name or short form.</summary>
    Alias,

    /// <summary>A demonym or adjective ("Russian").</summary>
    Demonym,

    /// <summary>The capital city, a metonym for the government when it acts ("Moscow said").</summary>
    Capital,
}

/// <summary>A country found by one of its words.</summary>
/// <param name="Country">The country.</param>
/// <param name="Kind">Which of its words matched.</param>
public readonly record struct CountryMatch(CountryEntry Country, CountryNameKind Kind);

/// <summary>
/// Countries looked up by name, short form, demonym or capital. Lookups ignore case except that
/// a capitalised name needs a capital in the text ("turkey" is not Turkey) and an acronym must
/// match exactly ("us" is not the US).
/// </summary>
public sealed class CountryLexicon
{
    private readonly NameIndex<CountryMatch> index;
    private readonly FrozenDictionary<string, CountryEntry> byCode;

    internal CountryLexicon(ImmutableArray<CountryEntry> entries)
    {
        this.Entries = entries;
        var builder = NameIndex<CountryMatch>.CreateBuilder(caseSensitiveNames: true);

        // Names first, then aliases, demonyms and capitals, so that a word that is one
        // country's name is never taken as another's alias.
        foreach (var entry in entries)
        {
            builder.TryAdd(entry.Name, new CountryMatch(entry, CountryNameKind.Name));
        }

        foreach (var entry in entries)
        {
            foreach (var alias in entry.Aliases)
            {
                builder.TryAdd(alias, new CountryMatch(entry, CountryNameKind.Alias));
            }
        }

        foreach (var entry in entries)
        {
            foreach (var demonym in entry.Demonyms)
            {
                builder.TryAdd(demonym, new CountryMatch(entry, CountryNameKind.Demonym));
            }
        }

        foreach (var entry in entries)
        {
            if (entry.Capital is { } capital)
            {
                builder.TryAdd(capital, new CountryMatch(entry, CountryNameKind.Capital));
            }
        }

        this.index = builder.Build();
        var codes = new Dictionary<string, CountryEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            codes.TryAdd(entry.IsoCode, entry);
        }

        this.byCode = codes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every country, in priority order (a user's entries first).</summary>
    public ImmutableArray<CountryEntry> Entries { get; }

    /// <summary>The most words in any name, for callers that try phrases of growing length.</summary>
    public int MaxWords => this.index.MaxWords;

    /// <summary>For each number of words n, bit n is set when some name of n words starts with <paramref name="word"/> (see <see cref="NameIndex{T}.WordCountsStartingWith"/>).</summary>
    internal ulong WordCountsStartingWith(ReadOnlySpan<char> word) => this.index.WordCountsStartingWith(word);

    /// <summary>Every word a name starts with, and the word counts of the names it starts (see <see cref="NameIndex{T}.FirstWordCounts"/>).</summary>
    internal IEnumerable<KeyValuePair<string, ulong>> FirstWordCounts() => this.index.FirstWordCounts();

    /// <summary>Finds a country by its name, a short form, a demonym or its capital.</summary>
    /// <param name="text">The words, separated by single spaces.</param>
    /// <param name="match">The country and which word matched.</param>
    /// <returns>Whether a country was found.</returns>
    public bool TryFind(ReadOnlySpan<char> text, out CountryMatch match) => this.index.TryFind(text, out match);

    /// <summary>Finds a country by its ISO 3166-1 alpha-2 code, ignoring case.</summary>
    /// <param name="isoCode">The code ("RU").</param>
    /// <param name="country">The country.</param>
    /// <returns>Whether a country has that code.</returns>
    public bool TryGetByCode(string isoCode, [MaybeNullWhen(false)] out CountryEntry country)
    {
        ArgumentNullException.ThrowIfNull(isoCode);
        return this.byCode.TryGetValue(isoCode, out country);
    }

    internal static CountryEntry Parse(LexiconLine line)
    {
        var code = line.Required(4, "ISO code");
        if (code.Length != 2 || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1]))
        {
            throw new LexiconFormatException($"ISO code '{code}' is not two capital letters");
        }

        return new CountryEntry(line.Required(0, "name"), code)
        {
            Aliases = line.List(1),
            Demonyms = line.List(2),
            Capital = line.Optional(3),
        };
    }
}
