using NewsModel.Lexicons;

namespace NewsModel.Text;

/// <summary>
/// A cheap check that a text is English, which is all the pipeline reads: in English prose about
/// four words in ten are function words (the, of, and, he, was, ...), whatever the subject, while
/// French, Spanish or German text shares only a few of them ("a", "on", "an"). An article in
/// another language still gives a model, but with few actors and no quotes or times: callers can
/// warn before trusting it.
/// </summary>
public static class LanguageCheck
{
    /// <summary>Below this many words a text is too short to tell, and is taken as English.</summary>
    public const int MinimumWords = 30;

    // Over 840 US political news articles the share is 0.24 to 0.60 (median 0.41), and 0.16 for
    // one made mostly of embedded tweets and slogans; news paragraphs in French, Spanish, German,
    // Italian, Dutch, Portuguese, Indonesian or Swahili measure 0 to 0.10 (Portuguese's "a", "as",
    // "do" the most). The bar sits between the two.
    private const double EnglishShare = 0.13;

    // The share settles within a few hundred words: a long text is judged on its start, and the
    // check costs next to nothing beside reading the article.
    private const int SampleWords = 400;

    /// <summary>Whether <paramref name="text"/> looks like English (or is too short to tell).</summary>
    /// <param name="text">The text.</param>
    /// <returns>False when the text holds at least <see cref="MinimumWords"/> words and too few English function words among them.</returns>
    public static bool LooksLikeEnglish(ReadOnlySpan<char> text)
    {
        var (words, functionWords) = Count(text);
        return words < MinimumWords || (double)functionWords / words >= EnglishShare;
    }

    /// <summary>The share of English function words among the first words of <paramref name="text"/>, from 0 to 1 (0 when it has no words).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The share.</returns>
    public static double FunctionWordShare(ReadOnlySpan<char> text)
    {
        var (words, functionWords) = Count(text);
        return words == 0 ? 0 : (double)functionWords / words;
    }

    private static (int Words, int FunctionWords) Count(ReadOnlySpan<char> text)
    {
        var classes = WordClasses.Default;
        var words = 0;
        var functionWords = 0;
        var i = 0;
        while (i < text.Length && words < SampleWords)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            // Scripts written without spaces (Chinese, Japanese, Thai) are "other letters": each
            // counts as a word, so that an article in them is long enough to tell.
            if (char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.OtherLetter)
            {
                i++;
                words++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]) && char.GetUnicodeCategory(text[i]) != System.Globalization.UnicodeCategory.OtherLetter)
            {
                i++;
            }

            words++;
            if (classes.Is(text[start..i], WordClass.FunctionWord))
            {
                functionWords++;
            }
        }

        return (words, functionWords);
    }
}
