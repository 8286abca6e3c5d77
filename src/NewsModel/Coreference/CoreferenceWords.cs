using NewsModel.Lexicons;
using NewsModel.Model;

namespace NewsModel.Coreference;

/// <summary>The lexicons the coreference sieves read: word classes (pronouns) and given names (gender).</summary>
internal sealed class CoreferenceWords
{
    /// <summary>Reads the lexicons.</summary>
    /// <param name="classes">The word classes.</param>
    /// <param name="firstNames">The given names, with their usual gender.</param>
    public CoreferenceWords(WordClasses classes, FirstNameLexicon firstNames)
    {
        this.Classes = classes;
        this.FirstNames = firstNames;

        // The first letters and the longest length of the pronouns the sieves read, from the
        // lexicon: most words of a quote are none, and two comparisons tell it without a look-up.
        foreach (var (word, wordClass) in classes.All)
        {
            if ((wordClass & Pronouns) != 0 && word.Length > 0 && char.ToLowerInvariant(word[0]) is >= 'a' and <= 'z' and var first)
            {
                this.pronounInitials |= 1u << (first - 'a');
                this.longestPronoun = Math.Max(this.longestPronoun, word.Length);
            }
        }
    }

    /// <summary>The classes of pronoun the sieves link.</summary>
    public const WordClass Pronouns = WordClass.PronounFirst | WordClass.PronounFirstPlural | WordClass.ThirdPersonPronoun;

    private readonly uint pronounInitials;
    private readonly int longestPronoun;

    /// <summary>Whether the word may be a pronoun the sieves read: false is sure, true asks the classes.</summary>
    /// <param name="word">The word.</param>
    /// <returns>Whether it may be.</returns>
    public bool MayBePronoun(ReadOnlySpan<char> word)
        => word.Length > 0 && word.Length <= this.longestPronoun && char.ToLowerInvariant(word[0]) is >= 'a' and <= 'z' and var first && (this.pronounInitials & (1u << (first - 'a'))) != 0;

    /// <summary>Whether the words are one personal pronoun ("he", "I"): an attribution that names no one.</summary>
    /// <param name="words">The words.</param>
    /// <returns>Whether they are.</returns>
    public bool IsPronoun(ReadOnlySpan<char> words) => (this.Classes.Of(words) & (WordClass.ThirdPersonPronoun | WordClass.PronounFirst)) != 0;

    /// <summary>The word classes.</summary>
    public WordClasses Classes { get; }

    /// <summary>The given names.</summary>
    public FirstNameLexicon FirstNames { get; }

    /// <summary>
    /// A person's gender as the article gives it: the pronouns linked to the person so far, when
    /// they agree; else the usual gender of the first word of the person's name; else unknown.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <param name="actor">The actor's index.</param>
    /// <returns>The gender.</returns>
    public Gender GenderOf(Article article, int actor)
    {
        var person = article.Actors[actor];
        var text = article.Text;
        var male = 0;
        var female = 0;
        foreach (var mention in person.Mentions)
        {
            if (mention.Kind != MentionKind.Pronoun)
            {
                continue;
            }

            var wordClass = this.Classes.Of(text.AsSpan(mention.Span.Start, mention.Span.Length));
            male += (wordClass & WordClass.PronounMale) != 0 ? 1 : 0;
            female += (wordClass & WordClass.PronounFemale) != 0 ? 1 : 0;
        }

        if (male != female)
        {
            return male > female ? Gender.Male : Gender.Female;
        }

        var name = person.Name.AsSpan();
        var space = name.IndexOf(' ');
        return space > 0 && this.FirstNames.TryGetGender(name[..space], out var gender) ? gender : Gender.Unknown;
    }
}
