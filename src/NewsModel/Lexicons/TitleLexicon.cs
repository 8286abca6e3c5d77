using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace NewsModel.Lexicons;

/// <summary>What kind of title or role noun a <see cref="TitleEntry"/> is.</summary>
public enum TitleKind
{
    /// <summary>A form of address: Mr, Mrs, Ms, Dr, Sir.</summary>
    Honorific,

    /// <summary>A political office: President, Prime Minister, Senator, minister, ambassador.</summary>
    Political,

    /// <summary>A military or police rank: General, Colonel, Admiral.</summary>
    Military,

    /// <summary>A religious office: Pope, Archbishop, Imam, Rabbi.</summary>
    Religious,

    /// <summary>A job or role: spokesman, chief executive, judge, professor, coach.</summary>
    Job,

    /// <summary>A royal or noble title: King, Queen, Prince, Crown Prince, Emir.</summary>
    Royal,
}

/// <summary>A title or role noun used before or after a name.</summary>
/// <param name="Title">The title as written ("Prime Minister", "Sen.").</param>
/// <param name="Kind">What kind of title it is.</param>
/// <param name="Gender">The gender it implies ("spokeswoman" is female); <see cref="Gender.Unknown"/> for most.</param>
public sealed record TitleEntry(string Title, TitleKind Kind, Gender Gender)
{
    /// <summary>For an abbreviation, the full title ("Senator" for "Sen."); otherwise null.</summary>
    public string? FullForm { get; init; }
}

/// <summary>
/// Titles and role nouns, looked up ignoring case ("president" and "President"). Abbreviations are
/// found with or without their full stop ("Sen." and "Sen", "Mr" and "Mr.").
/// </summary>
public sealed class TitleLexicon
{
    private readonly NameIndex<TitleEntry> index;

    internal TitleLexicon(ImmutableArray<TitleEntry> entries)
    {
        this.Entries = entries;
        var builder = NameIndex<TitleEntry>.CreateBuilder(caseSensitiveNames: false);

        foreach (var entry in entries)
        {
            builder.TryAdd(entry.Title, entry);
        }

        // Added after every written title, so a written form always wins over a derived one.
        foreach (var entry in entries)
        {
            if (entry.FullForm is not null)
            {
                builder.TryAdd(entry.Title.EndsWith('.') ? entry.Title[..^1] : entry.Title + ".", entry);
            }
        }

        this.index = builder.Build();
    }

    /// <summary>Every title, in priority order (a user's entries first).</summary>
    public ImmutableArray<TitleEntry> Entries { get; }

    /// <summary>The most words in any title ("Secretary of State" has three).</summary>
    public int MaxWords => this.index.MaxWords;

    /// <summary>For a word with no space in it, a bit for each number of words (bit n for n) of the titles that start with it; 0 when none does.</summary>
    internal ulong WordCountsStartingWith(ReadOnlySpan<char> word) => this.index.WordCountsStartingWith(word);

    /// <summary>Every word a name starts with, and the word counts of the names it starts (see <see cref="NameIndex{T}.FirstWordCounts"/>).</summary>
    internal IEnumerable<KeyValuePair<string, ulong>> FirstWordCounts() => this.index.FirstWordCounts();

    /// <summary>Finds a title whose first word and number of words the caller has checked with <see cref="WordCountsStartingWith"/>.</summary>
    internal bool TryFindChecked(ReadOnlySpan<char> text, [MaybeNullWhen(false)] out TitleEntry title) =>
        this.index.TryFindUnfiltered(text, out title);

    /// <summary>Finds a title, ignoring case.</summary>
    /// <param name="text">The words, separated by single spaces.</param>
    /// <param name="title">The title.</param>
    /// <returns>Whether the words are a title.</returns>
    public bool TryFind(ReadOnlySpan<char> text, [MaybeNullWhen(false)] out TitleEntry title) =>
        this.index.TryFind(text, out title);

    internal static TitleEntry Parse(LexiconLine line)
    {
        var kind = line.Required(1, "kind") switch
        {
            "honorific" => TitleKind.Honorific,
            "political" => TitleKind.Political,
            "military" => TitleKind.Military,
            "religious" => TitleKind.Religious,
            "job" => TitleKind.Job,
            "royal" => TitleKind.Royal,
            var other => throw new LexiconFormatException(
                $"unknown title kind '{other}' (expected honorific, political, military, religious, job or royal)"),
        };
        return new TitleEntry(line.Required(0, "title"), kind, GenderCodes.Parse(line.Required(2, "gender")))
        {
            FullForm = line.Optional(3),
        };
    }
}
