using System.Buffers;
using System.Collections.Immutable;

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
    // What every honorific holds ("Mrs" holds "Mr", "Madame" holds "Madam"): a quote without any is not tokenised.
    private static readonly SearchValues<string> HonorificParts = SearchValues.Create(["Mr", "Ms", "Madam", "Sir", "Dr"], StringComparison.Ordinal);

    /// <summary>Sets the addressee of the quotes that have one.</summary>
    /// <param name="article">The article.</param>
    /// <param name="quotes">The quotes; their addressees are set in place.</param>
    /// <param name="titles">The titles ("President").</param>
    /// <param name="tokens">A list to tokenise the quotes into, reused from quote to quote.</param>
    /// <returns>The actors with the vocatives added as mentions, or null when no actor changed.</returns>
    public static Actor[]? Find(Article article, Span<QuoteDraft> quotes, TitleLexicon titles, List<Token> tokens)
    {
        var text = article.Text;
        var source = article.Actors.AsSpan();

        // The mentions vocatives add, by actor, merged into copies of the actors at the end: a copy
        // per vocative made a long text with many of them quadratic. Few articles have any.
        Dictionary<int, AddedMentions>? added = null;
        for (var q = 0; q < quotes.Length; q++)
        {
            ref var quote = ref quotes[q];
            if (quote.Speaker is not { } speaker || quote.Kind is QuoteKind.Indirect or QuoteKind.Partial
                || text.AsSpan(quote.Span.Start, quote.Span.Length).IndexOfAny(HonorificParts) < 0)
            {
                continue;
            }

            tokens.Clear();
            Tokenizer.Tokenize(text, quote.Span, null, tokens);
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (!IsHonorific(text, tokens[i]) || !tokens[i + 1].IsCapitalized(text) || !InQuotedWords(quote.Parts, tokens[i].Span))
                {
                    continue;
                }

                // "Mr President", "Madam Speaker", "Mr Smith": the honorific and what follows it.
                var end = i + 1;
                while (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized(text))
                {
                    end++;
                }

                var words = text.AsSpan(tokens[i + 1].Start, tokens[end].End - tokens[i + 1].Start);
                var addressee = Addressee(source, words, speaker, titles);
                if (addressee < 0)
                {
                    continue;
                }

                var span = TextSpan.FromBounds(tokens[i].Start, tokens[end].End);
                quote.Addressee = source[addressee].Id;
                added ??= [];
                if (!added.TryGetValue(addressee, out var mentions))
                {
                    added[addressee] = mentions = new AddedMentions(source[addressee].Mentions);
                }

                if (!mentions.Overlaps(span))
                {
                    mentions.Added.Add(Mention.InArticle(text, span, MentionKind.Description));
                }

                break;
            }
        }

        if (added is null)
        {
            return null;
        }

        Actor[]? changed = null;
        foreach (var (index, mentions) in added)
        {
            if (mentions.Added.Count > 0)
            {
                changed ??= source.ToArray();
                changed[index] = source[index] with { Mentions = WithMentions(source[index].Mentions, mentions.Added) };
            }
        }

        return changed;
    }

    // Whether a span lies in a quote's own words: its parts when it has any (an attribution
    // between two parts is the writer's: "“A,” Ms. Boxer said of Mr. Trump, “B.”"), else its span.
    private static bool InQuotedWords(ImmutableArray<TextSpan> parts, TextSpan span)
    {
        if (parts.IsDefaultOrEmpty)
        {
            return true;
        }

        foreach (var part in parts)
        {
            if (part.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    // An actor's mentions and those added to it, asked whether a span overlaps any of them.
    private sealed class AddedMentions
    {
        private readonly EquatableArray<Mention> original;

        // For the original mentions when they are in span order (as the actor stage leaves them): the
        // greatest end among the first i, so that one binary search answers.
        private readonly int[]? maxEnds;

        public AddedMentions(EquatableArray<Mention> original)
        {
            this.original = original;
            var mentions = original.AsSpan();
            var ends = new int[mentions.Length];
            for (var i = 0; i < mentions.Length; i++)
            {
                if (i > 0 && mentions[i].Span.Start < mentions[i - 1].Span.Start)
                {
                    return;
                }

                ends[i] = Math.Max(i > 0 ? ends[i - 1] : int.MinValue, mentions[i].Span.End);
            }

            this.maxEnds = ends;
        }

        public List<Mention> Added { get; } = [];

        public bool Overlaps(TextSpan span)
        {
            var mentions = this.original.AsSpan();
            if (this.maxEnds is { } ends)
            {
                // The mentions that start before the span ends; one of them overlaps it if the
                // furthest end among them is past its start.
                var low = 0;
                var high = mentions.Length;
                while (low < high)
                {
                    var middle = (low + high) >>> 1;
                    if (mentions[middle].Span.Start < span.End)
                    {
                        low = middle + 1;
                    }
                    else
                    {
                        high = middle;
                    }
                }

                if (low > 0 && ends[low - 1] > span.Start)
                {
                    return true;
                }
            }
            else if (AddresseeFinder.Overlaps(this.original, span))
            {
                return true;
            }

            foreach (var mention in this.Added)
            {
                if (mention.Span.Overlaps(span))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static bool Overlaps(EquatableArray<Mention> mentions, TextSpan span)
    {
        foreach (var mention in mentions)
        {
            if (mention.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    // The mentions with the added ones, ordered by span; among equal spans the added ones come last,
    // in the order they were added (OrderBy is a stable sort).
    private static EquatableArray<Mention> WithMentions(EquatableArray<Mention> mentions, List<Mention> added)
        => [.. mentions.Concat(added).OrderBy(static m => m.Span)];

    private static bool IsHonorific(string text, Token token)
    {
        var word = token.In(text);
        return word is "Mr" or "Mr." or "Mrs" or "Mrs." or "Ms" or "Ms." or "Madam" or "Madame" or "Sir" or "Dr" or "Dr.";
    }

    // The one person, other than the speaker, whose role or name the words give.
    private static int Addressee(ReadOnlySpan<Actor> actors, ReadOnlySpan<char> words, ActorId speaker, TitleLexicon titles)
    {
        var isTitle = titles.TryFind(words, out _);
        var found = -1;
        for (var a = 0; a < actors.Length; a++)
        {
            var actor = actors[a];
            if (actor.Kind != ActorKind.Person || actor.Id == speaker)
            {
                continue;
            }

            var fits = isTitle ? HasRole(actor, words) : actor.Name.AsSpan().EndsWith(words, StringComparison.Ordinal);
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

    // A role that is the words, or ends with them as its last words ("the US President").
    private static bool HasRole(Actor actor, ReadOnlySpan<char> words)
    {
        foreach (var role in actor.Roles)
        {
            var r = role.AsSpan();
            if (r.Equals(words, StringComparison.OrdinalIgnoreCase)
                || (r.Length > words.Length && r[r.Length - words.Length - 1] == ' ' && r.EndsWith(words, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
