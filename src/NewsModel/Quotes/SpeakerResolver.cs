using NewsModel.Model;

namespace NewsModel.Quotes;

/// <summary>
/// Links the words that name a speaker to an actor: a mention inside them, or, for a pronoun,
/// the nearest earlier actor of the right kind.
/// </summary>
internal sealed class SpeakerResolver
{
    private const int MaxPronounLookBack = 64;

    private readonly string text;
    private readonly List<(TextSpan Span, Actor Actor)> mentions = [];

    public SpeakerResolver(Article article)
    {
        this.text = article.Text;
        foreach (var actor in article.Actors)
        {
            foreach (var mention in actor.Mentions)
            {
                this.mentions.Add((mention.Span, actor));
            }
        }

        this.mentions.Sort((x, y) => x.Span.CompareTo(y.Span));
    }

    public (ActorId? Speaker, TextSpan? Mention) Resolve(TextSpan words, TextSpan quote)
    {
        // A mention inside the speaker's words; a person wins over what it works for.
        Actor? best = null;
        for (var i = this.FirstAtOrAfter(words.Start); i < this.mentions.Count; i++)
        {
            var (span, actor) = this.mentions[i];
            if (span.Start >= words.End)
            {
                break;
            }

            if (words.Contains(span) && (best is null || (best.Kind != ActorKind.Person && actor.Kind == ActorKind.Person)))
            {
                best = actor;
            }
        }

        if (best is not null)
        {
            return (best.Id, words);
        }

        var word = this.text.AsSpan(words.Start, words.Length);
        var kinds = PronounKinds(word);
        if (kinds is null)
        {
            return (null, words);
        }

        // The nearest earlier mention of a fitting actor that is not inside the quote.
        // A pronoun refers back a little way, never across the whole article.
        var first = this.FirstAtOrAfter(words.Start);
        for (var i = first - 1; i >= Math.Max(0, first - MaxPronounLookBack); i--)
        {
            var (span, actor) = this.mentions[i];
            if (quote.Contains(span))
            {
                continue;
            }

            if (kinds.Contains(actor.Kind))
            {
                return (actor.Id, words);
            }
        }

        return (null, words);
    }

    // The index of the first mention starting at or after offset.
    private int FirstAtOrAfter(int offset)
    {
        int lo = 0, hi = this.mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (this.mentions[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static ActorKind[]? PronounKinds(ReadOnlySpan<char> word)
    {
        if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase))
        {
            return [ActorKind.Person];
        }

        if (word.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return [ActorKind.Organization, ActorKind.Country];
        }

        return word.Equals("they", StringComparison.OrdinalIgnoreCase) ? [ActorKind.Group, ActorKind.Organization, ActorKind.Country] : null;
    }
}
