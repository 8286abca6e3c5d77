using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tokens;

namespace NewsModel.Quotes;

/// <summary>
/// Finds whom a quote speaks to: a vocative inside it ("you, Mr President, and your government")
/// names a person of the article by title or name, other than the speaker. The vocative becomes
/// a mention of that person.
/// </summary>
internal static class AddresseeFinder
{
    public static (List<Quote> Quotes, List<Actor> Actors) Find(Article article, List<Quote> quotes, TitleLexicon titles)
    {
        var actors = article.Actors.ToList();
        var tokens = new List<Token>();
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (quote.Speaker is null || quote.Kind is QuoteKind.Indirect or QuoteKind.Partial)
            {
                continue;
            }

            tokens.Clear();
            Tokenizer.Tokenize(article.Text, quote.Span, null, tokens);
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (!IsHonorific(article.Text, tokens[i]) || !tokens[i + 1].IsCapitalized(article.Text))
                {
                    continue;
                }

                // "Mr President", "Madam Speaker", "Mr Smith": the honorific and what follows it.
                var end = i + 1;
                while (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized(article.Text))
                {
                    end++;
                }

                var words = article.Text[tokens[i + 1].Start..tokens[end].End];
                var addressee = Addressee(actors, words, quote.Speaker.Value, titles);
                if (addressee < 0)
                {
                    continue;
                }

                var span = TextSpan.FromBounds(tokens[i].Start, tokens[end].End);
                quotes[q] = quote with { Addressee = actors[addressee].Id };
                if (!actors[addressee].Mentions.Any(m => m.Span.Overlaps(span)))
                {
                    var mentions = actors[addressee].Mentions.Append(new Mention(article.Text.Substring(span.Start, span.Length), span, MentionKind.Description)).OrderBy(m => m.Span);
                    actors[addressee] = actors[addressee] with { Mentions = [.. mentions] };
                }

                break;
            }
        }

        return (quotes, actors);
    }

    private static bool IsHonorific(string text, Token token)
    {
        var word = token.In(text);
        return word is "Mr" or "Mr." or "Mrs" or "Mrs." or "Ms" or "Ms." or "Madam" or "Madame" or "Sir" or "Dr" or "Dr.";
    }

    // The one person, other than the speaker, whose role or name the words give.
    private static int Addressee(List<Actor> actors, string words, ActorId speaker, TitleLexicon titles)
    {
        var isTitle = titles.TryFind(words, out _);
        var found = -1;
        for (var a = 0; a < actors.Count; a++)
        {
            var actor = actors[a];
            if (actor.Kind != ActorKind.Person || actor.Id == speaker)
            {
                continue;
            }

            var fits = isTitle
                ? actor.Roles.Any(r => r.Equals(words, StringComparison.OrdinalIgnoreCase) || r.EndsWith(" " + words, StringComparison.OrdinalIgnoreCase))
                : actor.Name.EndsWith(words, StringComparison.Ordinal);
            if (fits)
            {
                if (found >= 0)
                {
                    return -1; // several fit
                }

                found = a;
            }
        }

        return found;
    }
}
