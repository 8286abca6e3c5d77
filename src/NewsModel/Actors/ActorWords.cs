using System.Runtime.InteropServices;

using NewsModel.Lexicons;

namespace NewsModel.Actors;

/// <summary>What the actor finder asks of a single word, answered by one look-up.</summary>
/// <param name="Class">The word's classes (pronoun, determiner, ...).</param>
/// <param name="Titles">For each n, bit n is set when a title of n words starts with the word.</param>
/// <param name="Entities">For each n, bit n is set when a known organisation, country or place of n words starts with the word.</param>
internal readonly record struct WordFacts(WordClass Class, ulong Titles, ulong Entities);

/// <summary>
/// The word classes and the first words of the titles, organisations, countries and places of a
/// lexicon set, merged into one table: the finder asked three tables about almost every token, and
/// most of its time in the lexicons went to those look-ups.
/// </summary>
internal sealed class ActorWords
{
    private readonly IgnoreCaseMap<WordFacts> facts;

    /// <summary>Merges the tables.</summary>
    /// <param name="lexicons">The lexicons the finder uses.</param>
    /// <param name="classes">The word classes.</param>
    public ActorWords(LexiconSet lexicons, WordClasses classes)
    {
        var merged = new Dictionary<string, WordFacts>(StringComparer.OrdinalIgnoreCase);
        ref WordFacts Of(string word) => ref CollectionsMarshal.GetValueRefOrAddDefault(merged, word, out _);
        foreach (var (word, wordClass) in classes.All)
        {
            ref var facts = ref Of(word);
            facts = facts with { Class = facts.Class | wordClass };
        }

        foreach (var (word, counts) in lexicons.Titles.FirstWordCounts())
        {
            ref var facts = ref Of(word);
            facts = facts with { Titles = facts.Titles | counts };
        }

        foreach (var (word, counts) in lexicons.Organizations.FirstWordCounts().Concat(lexicons.Countries.FirstWordCounts()).Concat(lexicons.Places.FirstWordCounts()))
        {
            ref var facts = ref Of(word);
            facts = facts with { Entities = facts.Entities | counts };
        }

        this.facts = new IgnoreCaseMap<WordFacts>(merged);
    }

    /// <summary>What the tables say of a word; all zero for a word none of them has.</summary>
    /// <param name="word">The word, in any case.</param>
    /// <returns>The facts.</returns>
    public WordFacts Of(ReadOnlySpan<char> word) => this.facts.TryGetValue(word, out var found) ? found : default;
}
