using System.Runtime.InteropServices;

using NewsModel.Extraction;
using NewsModel.Model;

namespace NewsModel.Coreference;

/// <summary>
/// The links the coreference sieves make in one article: mentions added to actors and mentions
/// taken from them, applied to the article's actors once every sieve has run, so that a sieve
/// sees the article as the stages before it left it and each actor is copied once at most. One
/// article at a time, from <see cref="Begin"/> to <see cref="End"/>; the stage keeps an instance
/// from one read to the next with its dictionaries, as the other stages keep their finders.
/// </summary>
internal sealed class MentionEdits : IReusable
{
    // An instance that indexed more mentions than this is let go after its read.
    private const int MaxKeptMentions = 4096;

    // Which actor has a mention at exactly a span, the spans of every mention by start (to ask
    // whether a span overlaps any), and each actor's index by id: made on first need.
    private readonly Dictionary<TextSpan, int> owners = [];
    private readonly HashSet<TextSpan> pronounSpans = [];
    private readonly List<TextSpan> spans = [];
    private readonly Dictionary<ActorId, int> indexes = [];

    // The mentions added (by actor) and taken away, in lists kept from one read to the next.
    private readonly List<(int Actor, Mention Mention)> added = [];
    private readonly Dictionary<TextSpan, int> addedOwners = [];
    private readonly HashSet<(int Actor, TextSpan Span)> removed = [];
    private readonly HashSet<int> changed = [];

    // For the mentions in start order: the furthest end among the first i + 1.
    private readonly List<int> maxEnds = [];

    // Actors the sieves make (unnamed sources), their ids and names' keys, and the quotes whose
    // speaker a sieve sets.
    private readonly List<Actor> newActors = [];
    private readonly Dictionary<string, int> newByKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> ids = [];
    private readonly Dictionary<int, ActorId> speakers = [];
    private readonly Dictionary<int, Lexicons.Gender> genders = [];

    private Article? article;
    private bool mentionsIndexed;

    /// <summary>Whether a sieve changed an actor's mentions or made an actor.</summary>
    public bool HasMentionEdits => this.changed.Count > 0;

    /// <summary>Whether a sieve set the speaker of a quote.</summary>
    public bool HasSpeakers => this.speakers.Count > 0;

    /// <summary>Whether the instance is small enough to keep for the next read.</summary>
    public bool IsWorthKeeping => this.spans.Count + this.added.Count + this.removed.Count <= MaxKeptMentions;

    private Article Article => this.article ?? throw new InvalidOperationException("Begin was not called.");

    /// <summary>Starts the edits of an article.</summary>
    /// <param name="article">The article, with its actors and quotes.</param>
    public void Begin(Article article)
    {
        this.End();
        this.article = article;
    }

    /// <inheritdoc />
    public bool Reset()
    {
        // Measured before End, which forgets the edits that say how far the lists grew.
        var keep = this.IsWorthKeeping;
        this.End();
        return keep;
    }

    /// <summary>Forgets the article and its edits.</summary>
    public void End()
    {
        this.article = null;
        this.mentionsIndexed = false;
        this.owners.Clear();
        this.pronounSpans.Clear();
        this.spans.Clear();
        this.indexes.Clear();
        this.added.Clear();
        this.addedOwners.Clear();
        this.maxEnds.Clear();
        this.removed.Clear();
        this.changed.Clear();
        this.newActors.Clear();
        this.newByKey.Clear();
        this.ids.Clear();
        this.speakers.Clear();
        this.genders.Clear();
    }

    /// <summary>The index of an actor in the article's actors, or -1.</summary>
    /// <param name="id">The actor's id.</param>
    /// <returns>The index.</returns>
    public int IndexOf(ActorId id)
    {
        if (this.indexes.Count == 0)
        {
            var actors = this.Article.Actors.AsSpan();
            for (var a = 0; a < actors.Length; a++)
            {
                this.indexes.TryAdd(actors[a].Id, a);
            }
        }

        if (this.indexes.TryGetValue(id, out var index))
        {
            return index;
        }

        for (var n = 0; n < this.newActors.Count; n++)
        {
            if (this.newActors[n].Id == id)
            {
                return this.Article.Actors.Count + n;
            }
        }

        return -1;
    }

    /// <summary>The actor with a mention at exactly the span (as the stages before left it and not taken away, or added here), or -1.</summary>
    /// <param name="span">The span.</param>
    /// <returns>The actor's index.</returns>
    public int OwnerAt(TextSpan span)
    {
        this.IndexMentions();
        if (this.owners.TryGetValue(span, out var owner) && !this.removed.Contains((owner, span)))
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
        this.IndexMentions();

        // The mentions that start before the span ends: one of them overlaps it when the furthest
        // end among them is past its start.
        var before = this.StartingBefore(span.End);
        if (before > 0 && this.maxEnds[before - 1] > span.Start)
        {
            return true;
        }

        return this.AddedOwner(span) >= 0;
    }

    /// <summary>
    /// Whether the actor is named (by anything but a pronoun) between an offset and a span, with
    /// no other person mentioned after that: the one reading of a pronoun at the span.
    /// </summary>
    /// <param name="actor">The actor's index.</param>
    /// <param name="span">The span, of a pronoun linked to the actor.</param>
    /// <param name="earliest">The offset the name may start at, at the earliest.</param>
    /// <param name="skipped">A span whose mentions do not count (the quote's own words).</param>
    /// <returns>Whether it is.</returns>
    public bool IsNamedJustBefore(int actor, TextSpan span, int earliest, TextSpan skipped)
    {
        this.IndexMentions();
        for (var m = this.StartingBefore(span.Start) - 1; m >= 0 && this.spans[m].Start >= earliest; m--)
        {
            var before = this.spans[m];
            if (skipped.Contains(before) || !this.owners.TryGetValue(before, out var owner) || this.removed.Contains((owner, before)))
            {
                continue;
            }

            if (owner == actor)
            {
                if (!this.pronounSpans.Contains(before))
                {
                    return true;
                }
            }
            else if (this.ActorAt(owner).Kind == ActorKind.Person)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The actor of the first mention (as the stages before left them) inside a span whose kind passes a test, or -1.</summary>
    /// <param name="span">The span.</param>
    /// <param name="kind">Which kinds of actor count.</param>
    /// <returns>The actor's index.</returns>
    public int FirstWithin(TextSpan span, Func<ActorKind, bool> kind)
    {
        this.IndexMentions();
        for (var m = this.StartingBefore(span.Start); m < this.spans.Count && this.spans[m].Start < span.End; m++)
        {
            var mention = this.spans[m];
            if (span.Contains(mention) && this.owners.TryGetValue(mention, out var owner) && !this.removed.Contains((owner, mention)) && kind(this.ActorAt(owner).Kind))
            {
                return owner;
            }
        }

        return -1;
    }

    /// <summary>Links a mention to an actor.</summary>
    /// <param name="actor">The actor's index.</param>
    /// <param name="mention">The mention.</param>
    public void Add(int actor, Mention mention)
    {
        this.added.Add((actor, mention));
        this.addedOwners[mention.Span] = actor;
        this.changed.Add(actor);
    }

    /// <summary>Takes a mention from an actor.</summary>
    /// <param name="actor">The actor's index.</param>
    /// <param name="span">The mention's span.</param>
    public void Remove(int actor, TextSpan span)
    {
        this.removed.Add((actor, span));
        this.changed.Add(actor);
    }

    /// <summary>
    /// The index of the actor a sieve made under a name (the same name, in any case, is the same
    /// actor), made now if there is none: after the article's own actors, with an id none of
    /// them has.
    /// </summary>
    /// <param name="name">The actor's name.</param>
    /// <param name="kind">Its kind.</param>
    /// <returns>The actor's index.</returns>
    public int NewActor(string name, ActorKind kind)
    {
        if (this.newByKey.TryGetValue(name, out var known))
        {
            return known;
        }

        if (this.ids.Count == 0)
        {
            foreach (var actor in this.Article.Actors)
            {
                this.ids.Add(actor.Id.Value);
            }
        }

        var slug = Actors.Slug.Of(name);
        var id = slug;
        for (var n = 2; !this.ids.Add(id); n++)
        {
            id = $"{slug}-{n}";
        }

        var index = this.Article.Actors.Count + this.newActors.Count;
        this.newActors.Add(new Actor(new ActorId(id), name, kind) { Mentions = [] });
        this.newByKey[name] = index;
        return index;
    }

    /// <summary>A person of the article's gender, worked out once per article.</summary>
    /// <param name="actor">The actor's index among the article's own.</param>
    /// <param name="words">The lexicons that tell it.</param>
    /// <returns>The gender.</returns>
    public Lexicons.Gender GenderOf(int actor, CoreferenceWords words)
    {
        if (!this.genders.TryGetValue(actor, out var gender))
        {
            this.genders[actor] = gender = words.GenderOf(this.Article, actor);
        }

        return gender;
    }

    /// <summary>The speaker of a quote: the one a sieve set, else the quote's own.</summary>
    /// <param name="quote">The quote's index in the article's quotes.</param>
    /// <returns>The speaker's index, or -1.</returns>
    public int SpeakerOf(int quote)
    {
        if (this.speakers.TryGetValue(quote, out var set))
        {
            return this.IndexOf(set);
        }

        return this.Article.Quotes[quote].Speaker is { } id ? this.IndexOf(id) : -1;
    }

    /// <summary>Sets the speaker of a quote.</summary>
    /// <param name="quote">The quote's index in the article's quotes.</param>
    /// <param name="actor">The actor's index.</param>
    public void SetSpeaker(int quote, int actor) => this.speakers[quote] = this.IdOf(actor);

    /// <summary>The article's quotes with the speakers set, or its own when none was.</summary>
    /// <param name="inPlace">Whether the read alone holds the article, so that its array may change.</param>
    /// <returns>The quotes.</returns>
    public EquatableArray<Quote> ApplyToQuotes(bool inPlace)
    {
        var source = this.Article.Quotes;
        if (this.speakers.Count == 0)
        {
            return source;
        }

        // An article the read alone holds keeps its array: the quotes change in it.
        var quotes = inPlace && ImmutableCollectionsMarshal.AsArray(source.AsImmutableArray()) is { } held ? held : source.AsSpan().ToArray();
        foreach (var (index, speaker) in this.speakers)
        {
            quotes[index] = quotes[index] with { Speaker = speaker };
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(quotes);
    }

    /// <summary>The article's actors with the edits made, or the article's own when there are none.</summary>
    /// <param name="inPlace">Whether the read alone holds the article, so that its array may change.</param>
    /// <returns>The actors.</returns>
    public EquatableArray<Actor> Apply(bool inPlace)
    {
        var source = this.Article.Actors;
        if (this.changed.Count == 0)
        {
            return source;
        }

        // An article the read alone holds keeps its array when no actor is made here.
        Actor[] actors;
        if (inPlace && this.newActors.Count == 0 && ImmutableCollectionsMarshal.AsArray(source.AsImmutableArray()) is { } held)
        {
            actors = held;
        }
        else
        {
            actors = new Actor[source.Count + this.newActors.Count];
            source.AsSpan().CopyTo(actors);
        }

        CollectionsMarshal.AsSpan(this.newActors).CopyTo(actors.AsSpan(source.Count));

        // The added mentions by actor, each actor's found by a binary search.
        this.added.Sort(static (x, y) => x.Actor.CompareTo(y.Actor));
        var added = CollectionsMarshal.AsSpan(this.added);
        foreach (var a in this.changed)
        {
            var first = FirstOf(added, a);
            var last = first;
            while (last < added.Length && added[last].Actor == a)
            {
                last++;
            }

            // One array per changed actor: the mentions kept and those added, in text order.
            var kept = 0;
            foreach (var mention in actors[a].Mentions)
            {
                kept += this.removed.Contains((a, mention.Span)) ? 0 : 1;
            }

            var mentions = new Mention[kept + last - first];
            var n = 0;
            foreach (var mention in actors[a].Mentions)
            {
                if (!this.removed.Contains((a, mention.Span)))
                {
                    mentions[n++] = mention;
                }
            }

            foreach (var (_, mention) in added[first..last])
            {
                mentions[n++] = mention;
            }

            Array.Sort(mentions, static (x, y) => x.Span.CompareTo(y.Span));
            actors[a] = actors[a] with { Mentions = ImmutableCollectionsMarshal.AsImmutableArray(mentions) };
        }

        // The actors made here go where their first mention puts them among the article's own,
        // which keep their order.
        if (this.newActors.Count > 0)
        {
            var own = actors.AsSpan(0, source.Count).ToArray();
            var made = actors.AsSpan(source.Count).ToArray();
            Array.Sort(made, static (x, y) => FirstStart(x).CompareTo(FirstStart(y)));
            int o = 0, m = 0;
            for (var k = 0; k < actors.Length; k++)
            {
                actors[k] = m < made.Length && (o == own.Length || FirstStart(made[m]) < FirstStart(own[o])) ? made[m++] : own[o++];
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(actors);
    }

    /// <summary>An actor by its index: the article's own, or one a sieve made.</summary>
    /// <param name="actor">The actor's index.</param>
    /// <returns>The actor.</returns>
    public Actor ActorAt(int actor) => actor < this.Article.Actors.Count ? this.Article.Actors[actor] : this.newActors[actor - this.Article.Actors.Count];

    private static int FirstStart(Actor actor) => actor.Mentions.Count > 0 ? actor.Mentions[0].Span.Start : int.MaxValue;

    private ActorId IdOf(int actor)
        => actor < this.Article.Actors.Count ? this.Article.Actors[actor].Id : this.newActors[actor - this.Article.Actors.Count].Id;

    // The first of the added mentions (sorted by actor) of the actor, or where its would be.
    private static int FirstOf(ReadOnlySpan<(int Actor, Mention Mention)> added, int actor)
    {
        var low = 0;
        var high = added.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = added[middle].Actor < actor ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    // The sieves link single words, and ask about single words: an added mention overlaps a
    // span asked about only where it is that span.
    private int AddedOwner(TextSpan span) => this.addedOwners.TryGetValue(span, out var actor) ? actor : -1;

    // How many of the indexed mentions start before an offset: a binary search, as they are in start order.
    private int StartingBefore(int offset)
    {
        int low = 0, high = this.spans.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = this.spans[middle].Start < offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    private void IndexMentions()
    {
        if (this.mentionsIndexed)
        {
            return;
        }

        this.mentionsIndexed = true;
        var actors = this.Article.Actors.AsSpan();
        for (var a = 0; a < actors.Length; a++)
        {
            foreach (var mention in actors[a].Mentions)
            {
                this.owners.TryAdd(mention.Span, a);
                this.spans.Add(mention.Span);
                if (mention.Kind == MentionKind.Pronoun)
                {
                    this.pronounSpans.Add(mention.Span);
                }
            }
        }

        this.spans.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        var furthest = int.MinValue;
        foreach (var mention in this.spans)
        {
            furthest = Math.Max(furthest, mention.End);
            this.maxEnds.Add(furthest);
        }
    }
}
