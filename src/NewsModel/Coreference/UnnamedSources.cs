using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Text;
using NewsModel.Tokens;

namespace NewsModel.Coreference;

/// <summary>
/// The unnamed people news quotes: a quote whose attribution names no actor but a plural noun for
/// people ("police said", "critics say", "Russian investigators believe") gets a group actor of
/// that name as its speaker, with the attribution's words as its mention. The same words in the
/// article, in any case, are the same group.
/// </summary>
internal static class UnnamedSources
{
    /// <summary>Gives speakers to the article's quotes that have an unnamed plural source.</summary>
    /// <param name="article">The article, with its actors and quotes.</param>
    /// <param name="words">The lexicons the sieves read.</param>
    /// <param name="blocks">The read's tokens.</param>
    /// <param name="tokens">A list for each attribution's tokens.</param>
    /// <param name="edits">The article's edits, where the actors and speakers go.</param>
    public static void Link(Article article, CoreferenceWords words, BlockTokens blocks, List<Token> tokens, MentionEdits edits)
    {
        var text = article.Text;
        var quotes = article.Quotes.AsSpan();
        for (var q = 0; q < quotes.Length; q++)
        {
            if (quotes[q].Speaker is not null || quotes[q].SpeakerMention is not { } source || !EndsInSourceNoun(text, words, source))
            {
                continue;
            }

            // An attribution two quotes share ("…," police said, adding that …) is one group.
            var owner = edits.OwnerAt(source);
            if (owner >= article.Actors.Count)
            {
                edits.SetSpeaker(q, owner);
                continue;
            }

            if (edits.IsMentioned(source))
            {
                continue;
            }

            tokens.Clear();
            blocks.CopyWithin(text, source, tokens);
            if (tokens.Count == 0 || !IsSourcePhrase(text, words, tokens))
            {
                continue;
            }

            // The group is named without its determiners: "some other critics", "which critics"
            // and "critics" are one; "his lawyers" keeps its possessive.
            var first = 0;
            while (first + 1 < tokens.Count && words.Classes.Of(tokens[first].In(text)) is var wordClass
                && (wordClass & (WordClass.Determiner | WordClass.StandaloneDeterminer | WordClass.PronounRelative)) != 0
                && (wordClass & (WordClass.ThirdPersonPronoun | WordClass.PronounFirst | WordClass.PronounSecond)) == 0)
            {
                first++;
            }
            var name = text[tokens[first].Start..tokens[^1].End];
            var group = edits.NewActor(name, ActorKind.Group);
            edits.Add(group, Mention.InArticle(text, source, MentionKind.Description));
            edits.SetSpeaker(q, group);
        }
    }

    // Whether the last word of the span is a noun for unnamed people: asked of the text before
    // anything else, as most attributions without a speaker are something else.
    private static bool EndsInSourceNoun(string text, CoreferenceWords words, TextSpan span)
    {
        var last = TextScan.WordBefore(text, span.End, span.Start);
        return last.Length > 0 && (words.Classes.Of(text.AsSpan(last.Start, last.Length)) & WordClass.SourceNoun) != 0;
    }

    // A few words that end in a noun for unnamed people, with nothing but words before it
    // ("critics", "some legal experts", "Russian investigators").
    private static bool IsSourcePhrase(string text, CoreferenceWords words, List<Token> tokens)
    {
        if (tokens.Count > 4 || (words.Classes.Of(tokens[^1].In(text)) & WordClass.SourceNoun) == 0)
        {
            return false;
        }

        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }
}
