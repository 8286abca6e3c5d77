using System.Collections.Immutable;

using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Quotes;

/// <summary>Who a quote is attributed to: the actor, and the mention the attribution used.</summary>
/// <param name="Speaker">The actor, when known.</param>
/// <param name="Mention">The mention, when the text has one.</param>
internal readonly record struct Attribution(ActorId? Speaker, TextSpan? Mention)
{
    /// <summary>For a partial quote whose words a later quote repeats: where they stand again.</summary>
    public int? Deferred { get; init; }
}

/// <summary>
/// A quote while the finder works on it: what the <see cref="Quote"/> will hold, without its id
/// and text, which are made once when the quotes are final.
/// </summary>
/// <param name="kind">The kind.</param>
/// <param name="span">The span of the quoted words.</param>
internal struct QuoteDraft(QuoteKind kind, TextSpan span)
{
    public QuoteKind Kind { get; set; } = kind;

    public TextSpan Span { get; set; } = span;

    public ActorId? Speaker { get; set; }

    public TextSpan? SpeakerMention { get; set; }

    public TextSpan? Cue { get; set; }

    public ActorId? Addressee { get; set; }

    // The quoted words, when the span also holds others (an attribution between two parts).
    public ImmutableArray<TextSpan> Parts { get; set; }
}
