namespace NewsModel.Model;

/// <summary>
/// An optional id (a speaker, a place, an affiliation) kept as one reference: a nullable id is the
/// id's string, a flag and padding, eight bytes more in every quote, event and actor a read makes.
/// </summary>
/// <remarks>
/// The kept reference is null for no id, the id's string for an id, and a marker for an id whose
/// string is null (a <c>default</c> id), which is present though empty. The marker is no string, so
/// the equality records derive over their fields tells it from every id, as it did for the nullable.
/// </remarks>
internal static class OptionalId
{
    private static readonly object NullValue = new();

    /// <summary>What to keep for an id that may be missing.</summary>
    public static object? Keep(string? value, bool present) => !present ? null : value ?? NullValue;

    /// <summary>The id's string from what was kept for a present id (null for a default id).</summary>
    public static string ValueOf(object kept) => (kept as string)!;
}
