namespace NewsModel.Times;

/// <summary>Choices of the temporal stage where conventions differ.</summary>
public sealed record TimeOptions
{
    /// <summary>The library's defaults.</summary>
    public static TimeOptions Default { get; } = new();

    /// <summary>
    /// The TimeBank/TempEval convention: "former" and "formerly" are not temporal expressions there,
    /// while the design card reads them as <c>PAST_REF</c>.
    /// </summary>
    public static TimeOptions TimeBank { get; } = new() { FormerIsPastRef = false };

    /// <summary>Whether "former" and "formerly" are tagged as <c>PAST_REF</c> (true by default).</summary>
    public bool FormerIsPastRef { get; init; } = true;
}
