namespace NewsModel.Model;

/// <summary>How a quote reports what was said.</summary>
public enum QuoteKind
{
    /// <summary>A whole statement in quote marks.</summary>
    Direct,

    /// <summary>A quoted fragment inside the writer's sentence.</summary>
    Partial,

    /// <summary>Reported speech without quote marks.</summary>
    Indirect,

    /// <summary>Reported speech that carries quoted fragments.</summary>
    Mixed,
}

/// <summary>Something an actor said, wrote or claimed, with its speaker and cue.</summary>
/// <param name="Id">The quote's id (<c>q1</c>).</param>
/// <param name="Kind">How the quote reports what was said.</param>
/// <param name="Text">The content: the quoted or reported words, exactly as at <paramref name="Span"/>.</param>
/// <param name="Span">Where the content stands.</param>
public sealed record Quote(QuoteId Id, QuoteKind Kind, string Text, TextSpan Span)
{
    /// <summary>Who said it; null when the text does not say.</summary>
    public ActorId? Speaker { get; init; }

    /// <summary>The mention of the speaker that the attribution uses ("Peskov", "she").</summary>
    public TextSpan? SpeakerMention { get; init; }

    /// <summary>The reporting verb or phrase ("said", "according to", a colon); null when there is none.</summary>
    public TextSegment? Cue { get; init; }

    /// <summary>Who the quote is addressed to, when it names them ("Mr President").</summary>
    public ActorId? Addressee { get; init; }
}
