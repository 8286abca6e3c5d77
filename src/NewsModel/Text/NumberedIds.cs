using System.Globalization;

namespace NewsModel.Text;

/// <summary>
/// The ids the stages number their findings with ("q1", "e2", "t3"): the first ones of each kind
/// are made once and shared by every article, so that most articles make no id strings.
/// </summary>
internal sealed class NumberedIds
{
    private const int SharedCount = 256;

    private readonly string prefix;
    private readonly string[] first;

    private NumberedIds(string prefix)
    {
        this.prefix = prefix;
        this.first = new string[SharedCount];
        for (var i = 0; i < this.first.Length; i++)
        {
            this.first[i] = this.Format(i + 1);
        }
    }

    /// <summary>Quote ids: q1, q2...</summary>
    public static NumberedIds Quotes { get; } = new("q");

    /// <summary>Event ids: e1, e2...</summary>
    public static NumberedIds Events { get; } = new("e");

    /// <summary>Time ids: t1, t2...</summary>
    public static NumberedIds Times { get; } = new("t");

    /// <summary>The id of the finding at a position.</summary>
    /// <param name="number">The position, from 1.</param>
    /// <returns>The prefix and the number.</returns>
    public string Of(int number) => number <= SharedCount ? this.first[number - 1] : this.Format(number);

    private string Format(int number) => string.Create(CultureInfo.InvariantCulture, $"{this.prefix}{number}");
}
