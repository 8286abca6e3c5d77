using System.Globalization;
using System.Runtime.CompilerServices;

using NodaTime;

namespace NewsModel.Times;

/// <summary>
/// One article as the constructions read it: its tokens, its lower-cased text, the publication
/// date they are resolved against, the time vocabulary and the conventions, with the token
/// helpers every construction shares. Read-only: what changes while an article is scanned is in
/// <see cref="StoryDates"/>.
/// </summary>
/// <remarks>
/// Passed by reference (<c>in</c>) and never copied. Its methods are compiled optimized at once
/// for the reason <see cref="TimeScanner"/> gives.
/// </remarks>
internal readonly struct TimeCursor
{
    private readonly TimeToken[] tokens;

    // The text lower-cased at the tokens' offsets (see TimeTokenizer): a token's word is a span of it.
    private readonly char[] lower;

    /// <summary>Creates the cursor over the first <paramref name="count"/> tokens.</summary>
    /// <param name="tokens">The tokens, as <see cref="TimeTokenizer"/> wrote them.</param>
    /// <param name="count">How many of them there are.</param>
    /// <param name="lower">The lower-cased text the tokenizer wrote.</param>
    /// <param name="anchor">The publication date, if known.</param>
    /// <param name="lexicon">The vocabulary the tokens were numbered by.</param>
    /// <param name="options">Conventions.</param>
    /// <param name="holidays">The holidays; the embedded ones when null.</param>
    public TimeCursor(TimeToken[] tokens, int count, char[] lower, LocalDate? anchor, TimeLexicon lexicon, TimeOptions options, HolidayCalendar? holidays = null)
    {
        this.Holidays = holidays ?? HolidayCalendar.Default;
        this.tokens = tokens;
        this.Count = count;
        this.lower = lower;
        this.Anchor = anchor;
        this.Lexicon = lexicon;
        this.Options = options;
    }

    /// <summary>The number of tokens.</summary>
    public int Count { get; }

    /// <summary>The publication date relative expressions count from; null when unknown.</summary>
    public LocalDate? Anchor { get; }

    /// <summary>The time vocabulary.</summary>
    public TimeLexicon Lexicon { get; }

    /// <summary>Conventions.</summary>
    public TimeOptions Options { get; }

    /// <summary>The holidays.</summary>
    public HolidayCalendar Holidays { get; }

    /// <summary>The token at <paramref name="k"/>, which must be in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ref readonly TimeToken Token(int k) => ref this.tokens[k];

    /// <summary>Whether <paramref name="k"/> is a token's position.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool InRange(int k) => k >= 0 && k < this.Count;

    /// <summary>The token's lower-cased characters, empty out of range and for a break.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Word(int k) => this.InRange(k) && this.tokens[k].Kind != TimeTokenKind.Break ? this.Text(k) : default;

    /// <summary>The token's lower-cased characters ("\n" for a break); <paramref name="k"/> must be in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Text(int k)
    {
        var token = this.tokens[k];
        return this.lower.AsSpan(token.Start, token.End - token.Start);
    }

    /// <summary>The integer a number token stands for, or -1.</summary>
    public int IntValue(int k) => this.tokens[k].IntValue(this.Text(k));

    /// <summary>The number of digits of a plain number token, or 0.</summary>
    public int DigitCount(int k) => this.tokens[k].DigitCount(this.Text(k));

    /// <summary>Whether the token at <paramref name="k"/> is <paramref name="word"/> (lower-case).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Is(int k, string word) => this.Word(k).SequenceEqual(word);

    /// <summary>Whether the token at <paramref name="k"/> is one of <paramref name="words"/> (lower-case).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsOneOf(int k, string[] words)
    {
        var w = this.Word(k);
        foreach (var word in words)
        {
            if (w.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token's value in the time vocabulary as a <paramref name="kind"/>, by the number the tokenizer looked up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Lookup(TimeWordKind kind, int k, out string value)
    {
        if (this.InRange(k) && this.tokens[k].Kind != TimeTokenKind.Break)
        {
            return this.Lexicon.TryGet(kind, this.tokens[k].Entry, out value);
        }

        value = string.Empty;
        return false;
    }

    /// <summary>Whether the token is a unit in the singular ("year", not "years").</summary>
    public bool IsSingularUnit(int k) => this.Lookup(TimeWordKind.Unit, k, out _) && !this.Word(k).EndsWith('s');

    /// <summary>
    /// Whether a construction may start at token <paramref name="i"/>: every construction (and
    /// every modifier) starts with a vocabulary word, a capital, a digit, or one of
    /// <see cref="TimeScanner.StartWords"/>, which the tokenizer numbered with the vocabulary.
    /// Most tokens of a text are none of these, and the constructions are not tried there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MayStart(int i)
    {
        var token = this.tokens[i];
        return token.Entry >= 0 || token.Capitalized || token.Kind == TimeTokenKind.Number || char.IsDigit(this.lower[token.Start]);
    }

    /// <summary>Whether the token is four digits from 1000 to 2099.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsYear(int k)
    {
        if (!this.InRange(k) || this.DigitCount(k) != 4)
        {
            return false;
        }

        var year = this.IntValue(k);
        return year is >= 1000 and <= 2099;
    }

    /// <summary>Whether the token is a day of the month: "7", "30th"; not a clock hour ("5:30") or a percentage.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsDayNumber(int k)
    {
        if (!this.InRange(k))
        {
            return false;
        }

        var token = this.tokens[k];
        if (token.Kind == TimeTokenKind.Number)
        {
            var clock = this.Is(k + 1, ":") && this.InRange(k + 2) && this.DigitCount(k + 2) == 2;
            return this.DigitCount(k) is 1 or 2 && this.IntValue(k) is >= 1 and <= 31 && !clock && !this.Is(k + 1, "%");
        }

        var w = this.Text(k);
        return w.Length is 3 or 4 && w[^2..] is "st" or "nd" or "rd" or "th" && IsDigits(w, 0, w.Length - 2) && int.Parse(w[..^2], CultureInfo.InvariantCulture) is >= 1 and <= 31;
    }

    /// <summary>The day of a token <see cref="IsDayNumber"/> accepts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int DayNumber(int k)
    {
        var token = this.tokens[k];
        return token.Kind == TimeTokenKind.Number ? this.IntValue(k) : int.Parse(this.Text(k)[..^2], CultureInfo.InvariantCulture);
    }

    /// <summary>Whether <paramref name="length"/> characters from <paramref name="start"/> are all ASCII digits (false when there are none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsDigits(ReadOnlySpan<char> s, int start, int length)
    {
        if (length <= 0 || start + length > s.Length)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            if (s[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
