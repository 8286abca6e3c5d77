using NewsModel.Model;

namespace NewsModel.Coreference;

/// <summary>
/// A quote's speaker is the actor its attribution's words are a mention of: where the quote stage
/// chose a shorter mention starting at the same place ("Mr Netanyahu's office said", where
/// "Mr Netanyahu's" is the person's), the actor with a mention at exactly the attribution's span
/// speaks. A pronoun's attribution is left to the quote stage, which reads the quotes around it.
/// </summary>
internal static class SpeakerMentions
{
    /// <summary>Sets the speakers of the article's quotes to the actors their attributions name.</summary>
    /// <param name="article">The article, with its actors and quotes.</param>
    /// <param name="words">The lexicons the sieves read.</param>
    /// <param name="edits">The article's edits.</param>
    public static void Link(Article article, CoreferenceWords words, MentionEdits edits)
    {
        var text = article.Text;
        var quotes = article.Quotes.AsSpan();
        for (var q = 0; q < quotes.Length; q++)
        {
            if (quotes[q].SpeakerMention is not { } source || words.IsPronoun(text.AsSpan(source.Start, source.Length)))
            {
                continue;
            }

            // Mostly the speaker has a mention there already: found without indexing the article.
            var speaker = edits.SpeakerOf(q);
            if (speaker >= 0 && HasMentionAt(edits.ActorAt(speaker), source))
            {
                continue;
            }

            var owner = edits.OwnerAt(source);
            if (owner >= 0 && owner != speaker)
            {
                edits.SetSpeaker(q, owner);
            }
        }
    }

    // Whether the actor has a mention at exactly the span: a binary search, as an actor's
    // mentions are in text order.
    private static bool HasMentionAt(Actor actor, TextSpan span)
    {
        var mentions = actor.Mentions.AsSpan();
        int low = 0, high = mentions.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = mentions[middle].Span.Start < span.Start ? (middle + 1, high) : (low, middle);
        }

        for (var i = low; i < mentions.Length && mentions[i].Span.Start == span.Start; i++)
        {
            if (mentions[i].Span == span)
            {
                return true;
            }
        }

        return false;
    }
}
