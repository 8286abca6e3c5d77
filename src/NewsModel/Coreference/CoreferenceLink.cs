using NewsModel.Model;

namespace NewsModel.Coreference;

/// <summary>The sieves of the coreference stage, in the order they run: the most precise first.</summary>
internal enum CoreferenceSieve
{
    /// <summary>"I", "me", "my" in a speaker's quoted words are the speaker.</summary>
    QuotedFirstPerson,

    /// <summary>"We", "us", "our" in a speaker's quoted words are the side the speaker speaks for.</summary>
    QuotedFirstPersonPlural,

    /// <summary>A third-person pronoun in a speaker's quoted words is someone else than the speaker.</summary>
    QuotedThirdPerson,

    /// <summary>The pronoun that opens a reported clause ("Jafari said she felt ...") is its speaker.</summary>
    ReportedSubject,

    /// <summary>A plural noun for unnamed people that a quote is attributed to ("police said") is a group, its speaker.</summary>
    UnnamedSource,
}

/// <summary>One link a sieve made: the mention's span, the actor it now belongs to (none when it was unlinked), and the sieve.</summary>
/// <param name="Span">The mention's span.</param>
/// <param name="Actor">The actor, or null when the sieve took the mention from its actor.</param>
/// <param name="Sieve">The sieve.</param>
internal readonly record struct CoreferenceLink(TextSpan Span, ActorId? Actor, CoreferenceSieve Sieve);
