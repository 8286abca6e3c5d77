namespace NewsModel.Times;

/// <summary>What a <see cref="TimeToken"/> is made of.</summary>
internal enum TimeTokenKind
{
    /// <summary>Letters, or digits followed by letters ("1990s", "3rd").</summary>
    Word,

    /// <summary>Digits, possibly with thousands commas or a decimal point.</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punct,

    /// <summary>A line break: no expression spans it.</summary>
    Break,
}

/// <summary>
/// A token of the article's text. Its lower-cased form is not kept here but in the text-long
/// buffer the tokenizer writes (same offsets), so that a token costs no string of its own.
/// </summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="End">The offset just past the last character.</param>
/// <param name="Kind">What it is made of.</param>
/// <param name="Capitalized">Whether its first character is an upper-case letter.</param>
/// <param name="Entry">Its number in the time vocabulary (<see cref="TimeLexicon.IndexOf"/>), or -1.</param>
internal readonly record struct TimeToken(int Start, int End, TimeTokenKind Kind, bool Capitalized, int Entry)
{
    /// <summary>The integer a <see cref="TimeTokenKind.Number"/> token stands for, or -1.</summary>
    /// <param name="lower">The token's lower-cased characters.</param>
    public int IntValue(ReadOnlySpan<char> lower)
    {
        if (this.Kind != TimeTokenKind.Number)
        {
            return -1;
        }

        var value = 0;
        foreach (var c in lower)
        {
            if (c == ',')
            {
                continue;
            }

            if (c is < '0' or > '9' || value > 100_000_000)
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>The number of digits of a plain number token ("1990" has 4), or 0.</summary>
    /// <param name="lower">The token's lower-cased characters.</param>
    public int DigitCount(ReadOnlySpan<char> lower)
    {
        if (this.Kind != TimeTokenKind.Number)
        {
            return 0;
        }

        foreach (var c in lower)
        {
            if (c is < '0' or > '9')
            {
                return 0;
            }
        }

        return lower.Length;
    }
}
