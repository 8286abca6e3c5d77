using NewsModel.Model;

namespace NewsModel.Coreference;

/// <summary>
/// The links the coreference sieves make in one article: mentions added to actors and mentions
/// taken from them, applied to the article's actors once every sieve has run, so that a sieve
/// sees the article as the stages before it left it and each actor is copied once at most. Made
/// per article.
/// </summary>
internal sealed class MentionEdits
{
    private readonly Article article;

    // Which actor has a mention at exactly a span, and the spans of every mention in start order
    // (to ask whether a span overlaps any): made on first need.
    private Dictionary<TextSpan, int>? owners;
    private List<TextSpan>? spans;

    private Dictionary<int, List<(Mention Mention, CoreferenceSieve Sieve)>>? added;
    private Dictionary<int, HashSet<TextSpan>>? removed;

    /// <summary>Starts the edits of an article.</summary>
    /// <param name="article">The article, with its actors and quotes.</param>
    public MentionEdits(Article article) => this.article = article;

    /// <summary>The links made so far, with the sieve that made each, in the order they were made.</summary>
    public List<CoreferenceLink> Links { get; } = [];

    /// <summary>The index of an actor in the article's actors, or -1.</summary>
    /// <param name="id">The actor's id.</param>
    /// <returns>The index.</returns>
    public int IndexOf(ActorId id)
    {
        var actors = this.article.Actors.AsSpan();
        for (var a = 0; a < actors.Length; a++)
        {
            if (actors[a].Id == id)
            {
                return a;
            }
        }

        return -1;
    }

    /// <summary>The actor with a mention at exactly the span (as the stages before left it and not taken away, or added here), or -1.</summary>
    /// <param name="span">The span.</param>
    /// <returns>The actor's index.</returns>
    public int OwnerAt(TextSpan span)
    {
        this.Index();
        if (this.owners!.TryGetValue(span, out var owner) && this.removed?.GetValueOrDefault(owner)?.Contains(span) != true)
        {
            return owner;
        }

        return this.AddedOwner(span);
    }

    /// <summary>Whether any mention (as the stages before left them, or added here) overlaps the span.</summary>
    /// <param name="span">The span.</param>
    /// <returns>Whether one does.</returns>
    public bool IsMentioned(TextSpan span)
    {
        this.Index();
        foreach (var other in this.spans!)
        {
            if (other.Start >= span.End)
            {
                break;
            }

            if (other.Overlaps(span))
            {
                return true;
            }
        }

        return this.AddedOwner(span) >= 0;
    }

    /// <summary>Links a mention to an actor.</summary>
    /// <param name="actor">The actor's index.</param>
    /// <param name="mention">The mention.</param>
    /// <param name="sieve">The sieve that links it.</param>
    public void Add(int actor, Mention mention, CoreferenceSieve sieve)
    {
        this.added ??= [];
        if (!this.added.TryGetValue(actor, out var list))
        {
            this.added[actor] = list = [];
        }

        list.Add((mention, sieve));
        this.Links.Add(new CoreferenceLink(mention.Span, this.article.Actors[actor].Id, sieve));
    }

    /// <summary>Takes a mention from an actor.</summary>
    /// <param name="actor">The actor's index.</param>
    /// <param name="span">The mention's span.</param>
    /// <param name="sieve">The sieve that unlinks it.</param>
    public void Remove(int actor, TextSpan span, CoreferenceSieve sieve)
    {
        this.removed ??= [];
        if (!this.removed.TryGetValue(actor, out var set))
        {
            this.removed[actor] = set = [];
        }

        set.Add(span);
        this.Links.Add(new CoreferenceLink(span, null, sieve));
    }

    /// <summary>The article's actors with the edits made, or the article's own when there are none.</summary>
    /// <returns>The actors.</returns>
    public EquatableArray<Actor> Apply()
    {
        var source = this.article.Actors;
        if (this.added is null && this.removed is null)
        {
            return source;
        }

        var actors = source.AsSpan().ToArray();
        for (var a = 0; a < actors.Length; a++)
        {
            var adds = this.added?.GetValueOrDefault(a);
            var removes = this.removed?.GetValueOrDefault(a);
            if (adds is null && removes is null)
            {
                continue;
            }

            var mentions = new List<Mention>(actors[a].Mentions.Count + (adds?.Count ?? 0));
            foreach (var mention in actors[a].Mentions)
            {
                if (removes is null || !removes.Contains(mention.Span))
                {
                    mentions.Add(mention);
                }
            }

            if (adds is not null)
            {
                foreach (var (mention, _) in adds)
                {
                    mentions.Add(mention);
                }
            }

            mentions.Sort(static (x, y) => x.Span.CompareTo(y.Span));
            actors[a] = actors[a] with { Mentions = [.. mentions] };
        }

        return [.. actors];
    }

    private int AddedOwner(TextSpan span)
    {
        if (this.added is not null)
        {
            foreach (var (actor, list) in this.added)
            {
                foreach (var (mention, _) in list)
                {
                    if (mention.Span.Overlaps(span))
                    {
                        return actor;
                    }
                }
            }
        }

        return -1;
    }

    private void Index()
    {
        if (this.owners is not null)
        {
            return;
        }

        this.owners = [];
        this.spans = [];
        var actors = this.article.Actors.AsSpan();
        for (var a = 0; a < actors.Length; a++)
        {
            foreach (var mention in actors[a].Mentions)
            {
                this.owners.TryAdd(mention.Span, a);
                this.spans.Add(mention.Span);
            }
        }

        this.spans.Sort(SpanStarts.Instance);
    }

    private sealed class SpanStarts : IComparer<TextSpan>
    {
        public static readonly SpanStarts Instance = new();

        public int Compare(TextSpan x, TextSpan y) => x.Start.CompareTo(y.Start);
    }
}
