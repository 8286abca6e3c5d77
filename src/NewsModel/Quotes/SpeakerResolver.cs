using System.Buffers;

using NewsModel.Model;

namespace NewsModel.Quotes;

/// <summary>
/// Links the words that name a speaker to an actor: a mention inside them, a name they are part
/// of, or, for a pronoun, the nearest earlier actor of the right kind.
/// </summary>
internal sealed class SpeakerResolver : IDisposable
{
    private const int MaxEnclosingNames = 4;

    private const int MaxPronounLookBack = 64;

    private readonly string text;

    // The mentions of all actors by span, in a rented array returned by Dispose.
    private (TextSpan Span, Actor Actor, bool IsPronoun)[] rented;
    private readonly int count;

    public SpeakerResolver(Article article)
    {
        this.text = article.Text;
        var total = 0;
        foreach (var actor in article.Actors)
        {
            total += actor.Mentions.Count;
        }

        this.rented = total == 0 ? [] : ArrayPool<(TextSpan, Actor, bool)>.Shared.Rent(total);
        foreach (var actor in article.Actors)
        {
            foreach (var mention in actor.Mentions)
            {
                this.rented[this.count++] = (mention.Span, actor, mention.Kind == MentionKind.Pronoun);
            }
        }

        this.Mentions.Sort(static (x, y) => x.Span.CompareTo(y.Span));
    }

    private Span<(TextSpan Span, Actor Actor, bool IsPronoun)> Mentions => this.rented.AsSpan(0, this.count);

    public void Dispose()
    {
        if (this.rented.Length > 0)
        {
            ArrayPool<(TextSpan, Actor, bool)>.Shared.Return(this.rented, clearArray: true);
        }

        this.rented = [];
    }

    public (ActorId? Speaker, TextSpan? Mention) Resolve(TextSpan words, TextSpan quote)
    {
        // A mention inside the speaker's words; a person wins over what it works for.
        Actor? best = null;
        var bestNamed = false;
        var mentions = this.Mentions;
        for (var i = this.FirstAtOrAfter(words.Start); i < mentions.Length; i++)
        {
            var (span, actor, isPronoun) = mentions[i];
            if (span.Start >= words.End)
            {
                break;
            }

            // Anything but a pronoun wins over one ("One of his advisers, Tad Devine").
            var named = !isPronoun;
            if (words.Contains(span) && (best is null || (named && !bestNamed) || (named == bestNamed && best.Kind != ActorKind.Person && actor.Kind == ActorKind.Person)))
            {
                best = actor;
                bestNamed = named;
            }
        }

        if (best is not null)
        {
            return (best.Id, words);
        }

        // Words inside an organisation's longer name, where the subject's scan stopped at a word that
        // also joins names ("Prevention" of "the Centers for Disease Control and Prevention"): that
        // organisation, and its whole name as the mention. (Not a group: "Russian" of "Russian
        // soldiers" is no name of theirs.) Names nest (a place inside an organisation's name): the
        // few mentions starting before the words are tried, nearest first.
        var before = this.FirstAtOrAfter(words.Start + 1) - 1;
        for (var i = before; i >= 0 && i > before - MaxEnclosingNames; i--)
        {
            var (span, actor, _) = mentions[i];
            if (actor.Kind == ActorKind.Organization && span.Contains(words) && span != words)
            {
                return (actor.Id, span);
            }
        }

        var word = this.text.AsSpan(words.Start, words.Length);
        var kinds = PronounKinds(word);
        if (kinds == 0)
        {
            return (null, words);
        }

        // The nearest earlier mention of a fitting actor that is not inside the quote.
        // A pronoun refers back a little way, never across the whole article.
        var first = this.FirstAtOrAfter(words.Start);
        for (var i = first - 1; i >= Math.Max(0, first - MaxPronounLookBack); i--)
        {
            var (span, actor, _) = mentions[i];
            if (quote.Contains(span))
            {
                continue;
            }

            if ((kinds & KindBit(actor.Kind)) != 0)
            {
                return (actor.Id, words);
            }
        }

        return (null, words);
    }

    // The index of the first mention starting at or after offset.
    private int FirstAtOrAfter(int offset)
    {
        var mentions = this.Mentions;
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].Span.Start < offset)
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

    private static int KindBit(ActorKind kind) => 1 << (int)kind;

    // The kinds of actor a pronoun can stand for, as bits of KindBit; 0 when the word is no pronoun.
    private static int PronounKinds(ReadOnlySpan<char> word)
    {
        if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase))
        {
            return KindBit(ActorKind.Person);
        }

        if (word.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return KindBit(ActorKind.Organization) | KindBit(ActorKind.Country);
        }

        return word.Equals("they", StringComparison.OrdinalIgnoreCase) ? KindBit(ActorKind.Group) | KindBit(ActorKind.Organization) | KindBit(ActorKind.Country) : 0;
    }
}
