namespace NewsModel.Lexicons;

/// <summary>The grammatical gender a first name or a title implies, for pronoun resolution.</summary>
public enum Gender
{
    /// <summary>Not implied: the word is used for anyone (file code <c>-</c> or <c>u</c>).</summary>
    Unknown,

    /// <summary>Male (file code <c>m</c>).</summary>
    Male,

    /// <summary>Female (file code <c>f</c>).</summary>
    Female,
}

/// <summary>Reads the one-letter gender codes of the lexicon files.</summary>
internal static class GenderCodes
{
    public static Gender Parse(string code) => code switch
    {
        "m" or "M" => Gender.Male,
        "f" or "F" => Gender.Female,
        "-" or "u" or "U" => Gender.Unknown,
        _ => throw new LexiconFormatException($"unknown gender '{code}' (expected m, f, u or -)"),
    };
}
