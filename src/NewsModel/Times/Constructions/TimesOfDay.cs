using System.Globalization;
using System.Runtime.CompilerServices;

using NewsModel.Model;

namespace NewsModel.Times.Constructions;

/// <summary>
/// Clock times, on the day that follows them or else the story's latest day (else the
/// publication's). Against 2019-09-25: "10 p.m." 2019-09-25T22:00, "5pm" 2019-09-25T17:00,
/// "15:00 GMT" 2019-09-25T15:00, "noon Saturday" 2019-09-21T12:00, "midnight" 2019-09-25T00:00,
/// "3pm today" 2019-09-25T15:00. A bare number ("at 10") is no time.
/// </summary>
internal static class TimesOfDay
{
    /// <summary>The times with a name, which <see cref="TryTimeOfDay"/> reads first.</summary>
    internal static readonly string[] StartWords = ["noon", "midday", "midnight"];

    // "10 p.m.", "5pm", "15:00", "noon", with a zone or a day after it ("5 p.m. EST Nov. 9").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryTimeOfDay(in TimeCursor c, in StoryDates story, int j, out CoreTime core)
    {
        core = default;
        int hour;
        var minute = 0;
        int k;
        if (c.Word(j) is "noon" or "midday" or "midnight")
        {
            hour = c.Word(j) is "midnight" ? 0 : 12;
            k = j + 1;
        }
        else
        {
            if (!c.InRange(j))
            {
                return false;
            }

            var token = c.Token(j);
            string? meridiem = null;
            var text = c.Text(j);
            if (token.Kind == TimeTokenKind.Number && c.DigitCount(j) is 1 or 2)
            {
                hour = c.IntValue(j);
                k = j + 1;
                if (c.Is(k, ":") && c.InRange(k + 1) && c.DigitCount(k + 1) == 2)
                {
                    minute = c.IntValue(k + 1);
                    k += 2;
                }
                else if (text.Contains('.'))
                {
                    return false;
                }
            }
            else if (token.Kind == TimeTokenKind.Word && text.Length >= 3 && text.EndsWith('m') && char.IsDigit(text[0]))
            {
                // "5pm".
                var digits = text[..^2];
                if (!TimeCursor.IsDigits(digits, 0, digits.Length) || digits.Length > 2)
                {
                    return false;
                }

                hour = int.Parse(digits, CultureInfo.InvariantCulture);
                meridiem = text[^2..] is "am" ? "am" : text[^2..] is "pm" ? "pm" : text[^2..].ToString();
                k = j + 1;
            }
            else
            {
                return false;
            }

            if (meridiem is null)
            {
                // "a.m.", "p.m.", "am", "pm", "o'clock".
                if (c.Word(k) is "a" or "p" && c.Is(k + 1, ".") && c.Is(k + 2, "m"))
                {
                    meridiem = c.Word(k) is "a" ? "am" : "pm";
                    k += c.Is(k + 3, ".") ? 4 : 3;
                }
                else if (c.Word(k) is "am" or "pm")
                {
                    meridiem = c.Word(k) is "am" ? "am" : "pm";
                    k++;
                }
                else if (c.Is(k, "o") && c.Is(k + 1, "'") && c.Is(k + 2, "clock"))
                {
                    meridiem = string.Empty;
                    k += 3;
                }
                else if (!c.Is(j + 1, ":"))
                {
                    // A bare number is not a time; "15:00" is.
                    return false;
                }
            }

            if (hour > 23 || minute > 59 || (meridiem is "am" or "pm" && hour is 0 or > 12))
            {
                return false;
            }

            if (meridiem == "pm" && hour < 12)
            {
                hour += 12;
            }
            else if (meridiem == "am" && hour == 12)
            {
                hour = 0;
            }
        }

        // A time zone: "EST", "GMT".
        if (c.InRange(k) && c.Token(k).Capitalized && c.Word(k) is "est" or "edt" or "cst" or "cdt" or "mst" or "mdt" or "pst" or "pdt" or "gmt" or "utc" or "bst" or "cet")
        {
            k++;
        }

        var clock = string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");

        // "10 p.m. Wednesday", "noon Saturday", "5 p.m. EST Nov. 9", "3pm today".
        string? day = null;
        if (CalendarDates.TryWeekday(in c, k, out var dayCore) || DeicticDays.TryDayRef(in c, k, out dayCore) || CalendarDates.TryMonth(in c, k, out dayCore))
        {
            if (dayCore.Type == TimeType.Date && dayCore.Value.Length == 10)
            {
                day = dayCore.Value;
                k = dayCore.End;
            }
        }

        day ??= story.LastDay ?? (c.Anchor is { } a ? TimexValue.Day(a) : "XXXX-XX-XX");
        core = new CoreTime(k, TimeType.Time, day + clock, true);
        return true;
    }
}
