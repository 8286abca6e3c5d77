namespace NewsModel.Tokens;

/// <summary>Lookups over tokens in text order.</summary>
internal static class TokenSearch
{
    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (binary search).</summary>
    public static int IndexAtOrAfter(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
