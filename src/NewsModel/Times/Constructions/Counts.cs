using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsModel.Times.Constructions;

/// <summary>
/// Counts of units, which durations, shifts and sets start with: "three" 3, "twenty four" and
/// "twenty-four" 24, "24" 24, "two to three" 2 (the lower bound), "a couple of" 2, "a" and "an"
/// 1, "several" X (unknown), "5 1/2" and "two and a half" 5.5 and 2.5; and the unit after one:
/// "weeks" W, "two more weeks" W, "five trading days" D.
/// </summary>
internal static class Counts
{
    /// <summary>What a count with a half ends with: "5 1/2" is "5.5".</summary>
    internal const string HalfSuffix = ".5";

    // Whether a count and a unit start at token k ("two years", "a week").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool StartsDuration(in TimeCursor c, int k) => TryNumber(in c, k, out var after, out _) && TryUnitAt(in c, after, out _, out _);

    // The unit at token k, after a hyphen ("five-year") or a word such as "more" or "trading".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryUnitAt(in TimeCursor c, int k, out string unit, out int end)
    {
        end = k;
        if (c.Is(k, "-"))
        {
            k++;
        }

        // "two more weeks", "three straight years", "five trading days".
        if (c.Word(k) is "more" or "additional" or "straight" or "consecutive" or "full" or "trading" or "business" or "calendar")
        {
            k++;
        }

        if (c.Lookup(TimeWordKind.Unit, k, out unit))
        {
            end = k + 1;
            return true;
        }

        return false;
    }

    // A number in words or digits: "three", "twenty four", "twenty-four", "24", "a couple of", "several".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryNumber(in TimeCursor c, int k, out int end, out string number)
    {
        end = k;
        number = string.Empty;
        if (!c.InRange(k))
        {
            return false;
        }

        var token = c.Token(k);
        if (token.Kind == TimeTokenKind.Number)
        {
            var n = c.IntValue(k);
            if (n <= 0 || n > 10_000 || c.Text(k).Contains(','))
            {
                return false;
            }

            // "two to three weeks": the lower bound stands for the range.
            end = k + 1;
            number = n.ToString(CultureInfo.InvariantCulture);

            // "5 1/2 hours": a half on top of the whole number.
            if (c.InRange(end + 2) && c.Text(end) is "1" && c.Is(end + 1, "/") && c.Text(end + 2) is "2")
            {
                end += 3;
                number += HalfSuffix;
                return true;
            }
            if (c.Word(end) is "to" or "or" or "-" && c.InRange(end + 1) && c.Token(end + 1).Kind == TimeTokenKind.Number)
            {
                end += 2;
            }

            return true;
        }

        var w = c.Text(k);
        if (w is "a" or "an")
        {
            if (c.Word(k + 1) is "couple" or "few" or "dozen" or "half")
            {
                return TryNumber(in c, k + 1, out end, out number);
            }

            end = k + 1;
            number = "1";
            return true;
        }

        if (w is "couple" && c.Is(k + 1, "of"))
        {
            end = k + 2;
            number = "2";
            return true;
        }

        if (!c.Lookup(TimeWordKind.Number, k, out var value))
        {
            return false;
        }

        if (value == "X")
        {
            end = k + 1;
            number = "X";
            return true;
        }

        var total = 0;
        var current = int.Parse(value, CultureInfo.InvariantCulture);
        end = k + 1;
        while (true)
        {
            var next = end;
            if (c.Is(next, "-"))
            {
                next++;
            }

            if (!c.Lookup(TimeWordKind.Number, next, out var more) || more == "X" || c.Word(next) is "a" or "an")
            {
                break;
            }

            var m = int.Parse(more, CultureInfo.InvariantCulture);
            if (m is 100 or 1000)
            {
                current *= m;
                if (m == 1000)
                {
                    total += current;
                    current = 0;
                }
            }
            else if (current % 10 == 0 && m < 10)
            {
                current += m;
            }
            else
            {
                break;
            }

            end = next + 1;
        }

        // "two to three weeks".
        if (c.Word(end) is "to" or "or" && c.Lookup(TimeWordKind.Number, end + 1, out var upper) && upper != "X" && c.Word(end + 1) is not ("a" or "an"))
        {
            end += 2;
        }

        number = (total + current).ToString(CultureInfo.InvariantCulture);

        // "two and a half years".
        if (c.Is(end, "and") && c.Word(end + 1) is "a" && c.Is(end + 2, "half"))
        {
            end += 3;
            number += HalfSuffix;
        }

        return true;
    }
}
