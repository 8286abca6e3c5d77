using NewsModel.Lexicons;
using NewsModel.Model;

namespace NewsModel.Actors;

/// <summary>An actor while the article is being read: mutable, owned by one <see cref="ActorFinder"/>.</summary>
internal sealed class ActorDraft(string name, ActorKind kind)
{
    // A draft whose lists grew past this (an actor of a huge text) is not kept for another article.
    private const int MaxKeptMentions = 1024;

    public string Name { get; set; } = name;

    public ActorKind Kind { get; set; } = kind;

    public Gender Gender { get; set; }

    public List<string> Roles { get; } = [];

    public ActorDraft? Affiliation { get; set; }

    public List<Mention> Mentions { get; } = [];

    /// <summary>Its id, given when the drafts are frozen into actors; null for a draft left without mentions.</summary>
    public ActorId? Id { get; set; }

    /// <summary>Whether the article itself names it (not only a title or pronoun).</summary>
    public bool Named { get; set; } = true;

    /// <summary>Adds a role once; returns whether it was new.</summary>
    public bool AddRole(string role) => this.AddRole(role, role);

    /// <summary>Adds a role given as characters once, making a string of it only when it is new.</summary>
    public bool AddRole(ReadOnlySpan<char> role) => this.AddRole(role, null);

    private bool AddRole(ReadOnlySpan<char> role, string? asString)
    {
        // Loops rather than Exists and FindIndex: a lambda capturing the argument allocates on every call.
        foreach (var known in this.Roles)
        {
            if (role.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        this.Roles.Add(asString ?? role.ToString());
        return true;
    }

    public void AddMention(Mention mention) => this.AddMention(mention, out _);

    /// <summary>Adds a mention; returns whether it was kept, and the shorter one it replaced, if any.</summary>
    public bool AddMention(Mention mention, out Mention? replaced)
    {
        replaced = null;

        // Mentions mostly come in text order: one after the last cannot overlap any.
        if (this.Mentions.Count == 0 || mention.Span.Start >= this.Mentions[^1].Span.End)
        {
            this.Mentions.Add(mention);
            return true;
        }

        // Mentions of one actor never overlap: a longer one found later replaces the shorter.
        var overlapping = -1;
        for (var i = 0; i < this.Mentions.Count; i++)
        {
            if (this.Mentions[i].Span.Overlaps(mention.Span))
            {
                overlapping = i;
                break;
            }
        }
        if (overlapping < 0)
        {
            this.Mentions.Add(mention);
            return true;
        }

        if (mention.Span.Length > this.Mentions[overlapping].Span.Length)
        {
            replaced = this.Mentions[overlapping];
            this.Mentions[overlapping] = mention;
            return true;
        }

        return false;
    }

    /// <summary>Whether the draft's lists are small enough to keep for another article.</summary>
    public bool IsWorthKeeping => this.Mentions.Capacity <= MaxKeptMentions && this.Roles.Capacity <= MaxKeptMentions;

    /// <summary>Empties the draft for another actor, keeping its lists.</summary>
    /// <param name="name">The new actor's name.</param>
    /// <param name="kind">Its kind.</param>
    /// <returns>The draft.</returns>
    public ActorDraft Restart(string name, ActorKind kind)
    {
        this.Name = name;
        this.Kind = kind;
        this.Gender = default;
        this.Roles.Clear();
        this.Affiliation = null;
        this.Mentions.Clear();
        this.Id = null;
        this.Named = true;
        return this;
    }

    public override string ToString() => $"{this.Name} ({this.Kind})";
}
