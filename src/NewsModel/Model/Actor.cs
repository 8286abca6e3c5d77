namespace NewsModel.Model;

/// <summary>What kind of thing an actor is.</summary>
public enum ActorKind
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organisation: a company, a ministry, a party, a newspaper, an international body.</summary>
    Organization,

    /// <summary>A sovereign country (and its government when it acts).</summary>
    Country,

    /// <summary>A city or town.</summary>
    City,

    /// <summary>Any other place: a region, a state, a river, a building.</summary>
    Place,

    /// <summary>A group of people or actors without an organisation of its own ("the opposition").</summary>
    Group,
}

/// <summary>How a mention refers to its actor.</summary>
public enum MentionKind
{
    /// <summary>A proper name or part of one ("Vladimir Putin", "Putin").</summary>
    Name,

    /// <summary>A title or description ("the Venezuelan president", "Russian counterpart").</summary>
    Description,

    /// <summary>A pronoun ("she", "it").</summary>
    Pronoun,

    /// <summary>A place standing for its government ("Moscow said").</summary>
    Metonym,

    /// <summary>An adjective of nationality ("Venezuelan").</summary>
    Demonym,

    /// <summary>An acronym or abbreviation ("UNGA").</summary>
    Acronym,
}

/// <summary>One place where the text refers to an actor.</summary>
/// <param name="Text">The text at <paramref name="Span"/>.</param>
/// <param name="Span">Where it stands.</param>
/// <param name="Kind">How it refers.</param>
public sealed record Mention(string Text, TextSpan Span, MentionKind Kind = MentionKind.Name);

/// <summary>A person, organisation, country, city, place or group the article speaks of.</summary>
/// <param name="Id">A stable slug of the fullest name (<c>vladimir-putin</c>): the same in every article.</param>
/// <param name="Name">The fullest name the article gives.</param>
/// <param name="Kind">What kind of actor it is.</param>
public sealed record Actor(ActorId Id, string Name, ActorKind Kind)
{
    /// <summary>Roles from titles and appositives ("Kremlin spokesman", "president").</summary>
    public EquatableArray<string> Roles { get; init; }

    /// <summary>The actor it belongs to (a spokesman's ministry, a city's country), if any.</summary>
    public ActorId? Affiliation { get; init; }

    /// <summary>Every mention in text order.</summary>
    public EquatableArray<Mention> Mentions { get; init; }
}
