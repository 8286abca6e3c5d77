namespace NewsModel.Events;

/// <summary>The ids of events ("e1", "e2"...): the first ones are made once and shared by every article.</summary>
internal static class EventIds
{
    private const int Shared = 256;

    private static readonly string[] First = Make();

    /// <summary>The id of the event at a position.</summary>
    /// <param name="number">The position, from 1.</param>
    /// <returns>"e" and the number.</returns>
    public static string Of(int number) => number <= Shared ? First[number - 1] : Format(number);

    private static string Format(int number) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"e{number}");

    private static string[] Make()
    {
        var ids = new string[Shared];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Format(i + 1);
        }

        return ids;
    }
}
