using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Text;
using NewsModel.Tokens;

namespace NewsModel.Coreference;

/// <summary>
/// Pronouns that a quote decides: in a speaker's own words, "I" is the speaker, "we" the side the
/// speaker speaks for, and "he" or "she" someone else; the subject pronoun that opens a reported
/// clause ("Jafari said she felt ...", "the ministry said they would ...") is the speaker. Only
/// words between quotation marks count as the speaker's own: the attribution inside a split quote
/// ("…," he said. "…") is the writer's.
/// </summary>
internal static class QuotedPronouns
{
    /// <summary>Links the pronouns of the article's quotes.</summary>
    /// <param name="article">The article, with its actors and quotes.</param>
    /// <param name="words">The lexicons the sieves read.</param>
    /// <param name="blocks">The read's tokens, whose blocks hold the quotes.</param>
    /// <param name="tokens">A list for each quote's tokens.</param>
    /// <param name="edits">The article's edits, where the links go.</param>
    /// <param name="cancellationToken">Stops the work between quotes.</param>
    public static void Link(Article article, CoreferenceWords words, BlockTokens blocks, List<Token> tokens, MentionEdits edits, CancellationToken cancellationToken)
    {
        var text = article.Text;
        var quotes = article.Quotes.AsSpan();
        for (var q = 0; q < quotes.Length; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var quote = quotes[q];
            // A speaker the attribution gives by a pronoun ("he wrote") was itself resolved by
            // recency, which a wrong guess would carry into every pronoun of the quote: only its
            // "I" is read, and only when the speaker is named just before with no other person
            // in between ("Professor Eastman said …. "… alarms me," he said.").
            var speaker = edits.SpeakerOf(q);
            if (speaker < 0 || quote.SpeakerMention is not { } named)
            {
                continue;
            }

            var byPronoun = words.IsPronoun(text.AsSpan(named.Start, named.Length));
            if (byPronoun && (quote.Kind == QuoteKind.Indirect || !edits.IsNamedJustBefore(speaker, named, PreviousSentenceStart(article, Math.Min(named.Start, quote.Span.Start)), quote.Span)))
            {
                continue;
            }

            tokens.Clear();
            blocks.CopyWithin(text, quote.Span, tokens);
            if (quote.Kind == QuoteKind.Indirect)
            {
                LinkReportedSubject(article, words, tokens, speaker, edits);
                continue;
            }

            // A mixed quote opens in the writer's words unless its span starts just inside a mark.
            var inside = quote.Kind != QuoteKind.Mixed || OpensAt(text, quote.Span.Start);
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (token.Kind is TokenKind.OpenQuote or TokenKind.CloseQuote)
                {
                    inside = token.Kind == TokenKind.OpenQuote;
                    continue;
                }

                if (inside && token.Kind == TokenKind.Word)
                {
                    LinkOwnWord(article, words, tokens, i, speaker, byPronoun, edits);
                }
            }
        }
    }

    // A pronoun in the speaker's own words; only the first person singular when the speaker was
    // given by a pronoun.
    private static void LinkOwnWord(Article article, CoreferenceWords words, List<Token> tokens, int i, int speaker, bool byPronoun, MentionEdits edits)
    {
        var text = article.Text;
        var token = tokens[i];
        var word = token.In(text);
        if (!words.MayBePronoun(word))
        {
            return;
        }

        var wordClass = words.Classes.Of(word);
        if ((wordClass & CoreferenceWords.Pronouns) == 0 || IsInitialism(word, tokens, i, text))
        {
            return;
        }

        if (byPronoun && (wordClass & (WordClass.PronounFirst | WordClass.PronounFirstPlural)) != WordClass.PronounFirst)
        {
            return;
        }

        var actor = edits.ActorAt(speaker);
        if ((wordClass & WordClass.PronounFirstPlural) != 0)
        {
            // An organisation's or a group's "we" is itself, and a person's the organisation or
            // group the person belongs to. A country's people, its government and its team all
            // say "we": a person of a country, or a country, leaves it unlinked.
            var side = actor.Kind == ActorKind.Person && actor.Affiliation is { } affiliation ? edits.IndexOf(affiliation) : speaker;
            if (side >= 0 && edits.ActorAt(side).Kind is not (ActorKind.Organization or ActorKind.Group))
            {
                side = -1;
            }

            AddIfFree(text, token, side, edits);
        }
        else if ((wordClass & WordClass.PronounFirst) != 0)
        {
            // "I" said by an organisation is its spokesperson, not the organisation.
            AddIfFree(text, token, actor.Kind == ActorKind.Person ? speaker : -1, edits);
        }
        else if (edits.OwnerAt(token.Span) == speaker && actor.Kind == ActorKind.Person && (wordClass & (WordClass.PronounMale | WordClass.PronounFemale)) != 0)
        {
            edits.Remove(speaker, token.Span);
        }
    }

    // The subject pronoun that opens a reported clause, after "that" if it has one, agreeing with
    // the speaker and linked to no one yet: the speaker. "It" is left alone: after "said" it is
    // as often no one ("said it is time to ...") as the speaker.
    private static void LinkReportedSubject(Article article, CoreferenceWords words, List<Token> tokens, int speaker, MentionEdits edits)
    {
        var text = article.Text;
        var first = tokens.Count > 0 && tokens[0].Kind == TokenKind.Word && (words.Classes.Of(tokens[0].In(text)) & WordClass.Complementizer) != 0 ? 1 : 0;
        if (first + 1 >= tokens.Count || tokens[first].Kind != TokenKind.Word)
        {
            return;
        }

        var token = tokens[first];
        var wordClass = words.Classes.Of(token.In(text));
        if ((wordClass & WordClass.PronounSubject) == 0 || (wordClass & (WordClass.PronounMale | WordClass.PronounFemale | WordClass.PronounPlural)) == 0
            || !Agrees(article, words, speaker, wordClass, edits))
        {
            return;
        }

        AddIfFree(text, token, speaker, edits);
    }

    // Whether a third-person pronoun can stand for the actor: "he" for a man or a person of no
    // known gender, "she" for a woman, "it" for an organisation or a country, "they" for a group
    // or an organisation.
    private static bool Agrees(Article article, CoreferenceWords words, int actor, WordClass wordClass, MentionEdits edits)
    {
        var kind = edits.ActorAt(actor).Kind;
        if ((wordClass & (WordClass.PronounMale | WordClass.PronounFemale)) != 0)
        {
            if (kind != ActorKind.Person)
            {
                return false;
            }

            var gender = actor < article.Actors.Count ? edits.GenderOf(actor, words) : Gender.Unknown;
            return (wordClass & WordClass.PronounFemale) != 0 ? gender == Gender.Female : gender != Gender.Female;
        }

        if ((wordClass & WordClass.PronounNeuter) != 0)
        {
            return kind is ActorKind.Organization or ActorKind.Country;
        }

        return kind is ActorKind.Group or ActorKind.Organization;
    }

    private static void AddIfFree(string text, Token token, int actor, MentionEdits edits)
    {
        if (actor >= 0 && !edits.IsMentioned(token.Span))
        {
            edits.Add(actor, Mention.InArticle(text, token.Span, MentionKind.Pronoun));
        }
    }

    // "US" (the country, not "us"), and "I" closing a capitalised name ("World War I", "Charles I").
    private static bool IsInitialism(ReadOnlySpan<char> word, List<Token> tokens, int i, string text)
    {
        if (word.Length > 1)
        {
            return !word.ContainsAnyExceptInRange('A', 'Z');
        }

        return i > 1 && tokens[i - 1].IsCapitalized(text) && tokens[i - 2].IsCapitalized(text);
    }

    // Where the sentence before the one holding an offset starts.
    private static int PreviousSentenceStart(Article article, int offset)
        => article.SentenceAt(offset) is var sentence and >= 1 ? article.Sentences[sentence - 1].Span.Start : 0;

    // Whether the character before a span is an opening quotation mark.
    private static bool OpensAt(string text, int start)
        => start > 0 && TextScan.IsOpeningQuote(text[start - 1]);
}
