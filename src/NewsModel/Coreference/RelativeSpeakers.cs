using NewsModel.Lexicons;
using NewsModel.Model;

namespace NewsModel.Coreference;

/// <summary>
/// "Senator Ted Cruz of Texas, who says …", "the Huffington Post, which said …": an attribution
/// that is a relative pronoun after a comma speaks for the noun phrase before the comma. Its first
/// mention of an actor that can speak is the speaker: a person for "who"; an organisation, a
/// group or a country for "which" or "that". A place inside the phrase ("of Texas") is not.
/// </summary>
internal static class RelativeSpeakers
{
    // How far before the comma the noun phrase may start, in characters.
    private const int MaxPhrase = 80;

    /// <summary>Sets the speakers of the quotes a relative pronoun attributes and no sieve or stage gave one.</summary>
    /// <param name="article">The article, with its actors and quotes.</param>
    /// <param name="words">The lexicons the sieves read.</param>
    /// <param name="edits">The article's edits.</param>
    public static void Link(Article article, CoreferenceWords words, MentionEdits edits)
    {
        var text = article.Text;
        var quotes = article.Quotes.AsSpan();
        for (var q = 0; q < quotes.Length; q++)
        {
            if (quotes[q].SpeakerMention is not { } source || edits.SpeakerOf(q) >= 0)
            {
                continue;
            }

            var word = text.AsSpan(source.Start, source.Length);
            var wordClass = words.Classes.Of(word);
            if ((wordClass & WordClass.PronounRelative) == 0 || PhraseBefore(text, source.Start, SentenceStart(article, source.Start)) is not { } phrase)
            {
                continue;
            }

            // The one relative pronoun that is also a subject pronoun ("who") stands for a person.
            var person = (wordClass & WordClass.PronounSubject) != 0;
            var speaker = edits.FirstWithin(phrase, person ? static kind => kind == ActorKind.Person : static kind => kind is ActorKind.Organization or ActorKind.Group or ActorKind.Country);
            if (speaker >= 0)
            {
                edits.SetSpeaker(q, speaker);
            }
        }
    }

    // The words between the comma before the offset and the punctuation before them (a comma,
    // a semicolon, a colon, a quotation mark) or the sentence's start: the phrase the relative
    // pronoun hangs on. None when no comma comes just before the pronoun.
    private static TextSpan? PhraseBefore(string text, int offset, int sentenceStart)
    {
        var comma = offset - 1;
        while (comma >= 0 && char.IsWhiteSpace(text[comma]))
        {
            comma--;
        }

        if (comma <= 0 || text[comma] != ',' || sentenceStart >= comma)
        {
            return null;
        }

        var start = comma - 1;
        var floor = Math.Max(sentenceStart, comma - MaxPhrase);
        while (start >= floor && text[start] is not (',' or ';' or ':' or '"' or '\u201C' or '\u201D'))
        {
            start--;
        }

        if (start < floor)
        {
            return floor == sentenceStart ? TextSpan.FromBounds(floor, comma) : null;
        }

        return TextSpan.FromBounds(start + 1, comma);
    }

    // Where the sentence holding an offset starts.
    private static int SentenceStart(Article article, int offset)
        => article.SentenceAt(offset) is var sentence and >= 0 ? article.Sentences[sentence].Span.Start : 0;
}
