using System.Collections.Immutable;

namespace NewsModel.Lexicons;

/// <summary>Why a capitalised word is not a name.</summary>
public enum NonNameKind
{
    /// <summary>A function word: article, pronoun, conjunction, preposition, auxiliary (file code <c>function</c>).</summary>
    Function,

    /// <summary>A sentence adverb or connective: However, Meanwhile, Still (<c>adverb</c>).</summary>
    Adverb,

    /// <summary>Another word common at the start of a sentence: Yes, Many, Officials (<c>other</c>).</summary>
    Other,

    /// <summary>A day of the week: a time, not an actor (<c>weekday</c>).</summary>
    Weekday,

    /// <summary>A month; some are also names (May, June, August), so callers weigh the context (<c>month</c>).</summary>
    Month,

    /// <summary>A holiday or season (<c>holiday</c>).</summary>
    Holiday,
}

/// <summary>A word that is capitalised at the start of a sentence but is not a name.</summary>
/// <param name="Word">The word.</param>
/// <param name="Kind">Why it is not a name.</param>
public sealed record NonNameEntry(string Word, NonNameKind Kind);

/// <summary>
/// Words capitalised at the start of a sentence (or always, as days and months) that the actor
/// stage must not take for names. Looked up ignoring case.
/// </summary>
public sealed class NonNameLexicon
{
    private readonly NameIndex<NonNameEntry> index;

    internal NonNameLexicon(ImmutableArray<NonNameEntry> entries)
    {
        this.Entries = entries;
        this.index = NameIndex<NonNameEntry>.Of(entries, caseSensitiveNames: false, static e => e.Word);
    }

    /// <summary>Every word, in priority order (a user's entries first).</summary>
    public ImmutableArray<NonNameEntry> Entries { get; }

    /// <summary>Whether the word is never (or, for months, rarely) a name.</summary>
    /// <param name="word">The word.</param>
    /// <returns>Whether it is listed.</returns>
    public bool Contains(ReadOnlySpan<char> word) => this.index.TryFind(word, out _);

    /// <summary>Whether an all-capital word is listed in capitals ("GMT", "VIP"): acronyms match only as written.</summary>
    /// <param name="word">The word, in capitals.</param>
    /// <returns>Whether it is listed exactly so.</returns>
    public bool ContainsAcronym(ReadOnlySpan<char> word) => this.index.TryFind(word, out var entry) && word.SequenceEqual(entry.Word);

    /// <summary>Finds why a word is not a name.</summary>
    /// <param name="word">The word.</param>
    /// <param name="kind">Why.</param>
    /// <returns>Whether it is listed.</returns>
    public bool TryGetKind(ReadOnlySpan<char> word, out NonNameKind kind)
    {
        if (this.index.TryFind(word, out var entry))
        {
            kind = entry.Kind;
            return true;
        }

        kind = default;
        return false;
    }

    internal static NonNameEntry Parse(LexiconLine line)
    {
        var kind = line.Required(1, "kind") switch
        {
            "function" => NonNameKind.Function,
            "adverb" => NonNameKind.Adverb,
            "other" => NonNameKind.Other,
            "weekday" => NonNameKind.Weekday,
            "month" => NonNameKind.Month,
            "holiday" => NonNameKind.Holiday,
            var other => throw new LexiconFormatException($"unknown kind '{other}'"),
        };
        return new NonNameEntry(line.Required(0, "word"), kind);
    }
}
