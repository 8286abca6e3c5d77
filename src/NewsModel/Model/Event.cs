namespace NewsModel.Model;

/// <summary>
/// The CAMEO root event types (01 to 20), plus a few extras that news needs and CAMEO lacks.
/// The extras carry no CAMEO code.
/// </summary>
public enum EventType
{
    /// <summary>CAMEO 01: make a public statement.</summary>
    MakeStatement,

    /// <summary>CAMEO 02: appeal.</summary>
    Appeal,

    /// <summary>CAMEO 03: express intent to cooperate.</summary>
    ExpressIntentToCooperate,

    /// <summary>CAMEO 04: consult.</summary>
    Consult,

    /// <summary>CAMEO 05: engage in diplomatic cooperation.</summary>
    EngageInDiplomaticCooperation,

    /// <summary>CAMEO 06: engage in material cooperation.</summary>
    EngageInMaterialCooperation,

    /// <summary>CAMEO 07: provide aid.</summary>
    ProvideAid,

    /// <summary>CAMEO 08: yield.</summary>
    Yield,

    /// <summary>CAMEO 09: investigate.</summary>
    Investigate,

    /// <summary>CAMEO 10: demand.</summary>
    Demand,

    /// <summary>CAMEO 11: disapprove.</summary>
    Disapprove,

    /// <summary>CAMEO 12: reject.</summary>
    Reject,

    /// <summary>CAMEO 13: threaten.</summary>
    Threaten,

    /// <summary>CAMEO 14: protest.</summary>
    Protest,

    /// <summary>CAMEO 15: exhibit force posture.</summary>
    ExhibitForcePosture,

    /// <summary>CAMEO 16: reduce relations.</summary>
    ReduceRelations,

    /// <summary>CAMEO 17: coerce.</summary>
    Coerce,

    /// <summary>CAMEO 18: assault.</summary>
    Assault,

    /// <summary>CAMEO 19: fight.</summary>
    Fight,

    /// <summary>CAMEO 20: use unconventional mass violence.</summary>
    UseUnconventionalMassViolence,

    /// <summary>Extra: an election or re-election.</summary>
    Election,

    /// <summary>Extra: an appointment, nomination or resignation.</summary>
    Appointment,

    /// <summary>Extra: a claim of office ("declared himself interim president").</summary>
    ClaimOfOffice,

    /// <summary>Extra: a death.</summary>
    Death,
}

/// <summary>What the text says of whether an event happened.</summary>
public enum Modality
{
    /// <summary>It happened or is happening.</summary>
    Asserted,

    /// <summary>It is scheduled or planned.</summary>
    Planned,

    /// <summary>It is expected.</summary>
    Expected,

    /// <summary>It is expected not to happen.</summary>
    NotExpected,

    /// <summary>It did not happen.</summary>
    Negated,

    /// <summary>It might happen, or would under a condition.</summary>
    Hypothetical,
}

/// <summary>The part an actor plays in an event.</summary>
public enum ParticipantRole
{
    /// <summary>Who acts.</summary>
    Agent,

    /// <summary>Who is acted on.</summary>
    Patient,

    /// <summary>Who receives something.</summary>
    Recipient,
}

/// <summary>An actor taking part in an event.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Role">The part it plays.</param>
public readonly record struct Participant(ActorId Actor, ParticipantRole Role);

/// <summary>A sum of money named in the text ("$3bn").</summary>
/// <param name="Text">The amount as written.</param>
/// <param name="Span">Where it stands.</param>
/// <param name="Value">The amount in units of <paramref name="Currency"/>, when it can be read.</param>
/// <param name="Currency">The ISO 4217 code ("USD"), when known.</param>
public sealed record MoneyAmount(string Text, TextSpan Span, decimal? Value, string? Currency);

/// <summary>Who did what to whom, when and where.</summary>
/// <param name="Id">The event's id (<c>e1</c>).</param>
/// <param name="Type">The CAMEO root type or an extra.</param>
/// <param name="Trigger">The word or phrase that names the event ("held talks").</param>
/// <param name="Span">The clause or sentence that reports it.</param>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Event is the design's public name; VB users can write [Event].")]
public sealed record Event(EventId Id, EventType Type, TextSegment Trigger, TextSpan Span)
{
    // See OptionalId: the place and the time in one reference each.
    private readonly object? place;
    private readonly object? time;

    /// <summary>The CAMEO code: the root ("04") or a finer code ("042") where the verb fixes it; null for extras.</summary>
    public string? Cameo { get; init; }

    /// <summary>The actors taking part.</summary>
    public EquatableArray<Participant> Participants { get; init; }

    /// <summary>Where it happened, if the text says.</summary>
    public ActorId? Place
    {
        get => this.place is { } kept ? new ActorId(OptionalId.ValueOf(kept)) : null;
        init => this.place = OptionalId.Keep(value?.Value, value.HasValue);
    }

    /// <summary>When it happened, if the text says.</summary>
    public TimeId? Time
    {
        get => this.time is { } kept ? new TimeId(OptionalId.ValueOf(kept)) : null;
        init => this.time = OptionalId.Keep(value?.Value, value.HasValue);
    }

    /// <summary>Whether it happened, is planned, expected, negated...</summary>
    public Modality Modality { get; init; }

    /// <summary>The sum of money involved, if any.</summary>
    public MoneyAmount? Amount { get; init; }
}
