using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsModel.Times;

/// <summary>
/// The dates the story has named so far, which later expressions count from: "later that year"
/// and "the following month" mean the year and month the story last named (TimeML's temporal
/// functions anchored to the story), not the publication's. One per article: each
/// <see cref="TimeScanner"/> starts with an empty one (<c>default</c>), so nothing carries over
/// from one article to the next.
/// </summary>
/// <remarks>
/// The scanner remembers every date and time it finds (<see cref="Remember"/>); the quarter
/// resolvers remember the quarter they resolve (<see cref="RememberQuarter"/>). Constructions
/// that only read these take it <c>in</c>, those that may change it <c>ref</c>.
/// </remarks>
internal struct StoryDates
{
    /// <summary>The last day named, as a <c>YYYY-MM-DD</c> value: a clock time with no day ("at 10 p.m.") belongs to it.</summary>
    public string? LastDay { get; private set; }

    /// <summary>The last month named.</summary>
    public (int Year, int Month)? LastMonth { get; private set; }

    /// <summary>The last year named.</summary>
    public int? LastYear { get; private set; }

    /// <summary>
    /// The last quarter named: "a year earlier" after "the third quarter" means the same quarter
    /// a year before (the financial-report idiom), not the year before.
    /// </summary>
    public (int Year, int Quarter)? LastQuarter { get; private set; }

    /// <summary>Keeps the day, month and year a calendar value names as the story's latest.</summary>
    /// <param name="value">A TIMEX3 value; only its leading <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> counts.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Remember(string value)
    {
        if (value.Length < 4 || !TimeCursor.IsDigits(value, 0, 4))
        {
            return;
        }

        this.LastYear = int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (value.Length >= 7 && value[4] == '-' && TimeCursor.IsDigits(value, 5, 2))
        {
            this.LastMonth = (this.LastYear.Value, int.Parse(value.AsSpan(5, 2), CultureInfo.InvariantCulture));
            if (value.Length >= 10 && value[7] == '-' && TimeCursor.IsDigits(value, 8, 2))
            {
                this.LastDay = value[..10];
            }
        }
    }

    /// <summary>Keeps a quarter as the story's latest.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    public void RememberQuarter(int year, int quarter) => this.LastQuarter = (year, quarter);
}
