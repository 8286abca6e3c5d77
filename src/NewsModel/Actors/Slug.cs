using System.Globalization;
using System.Text;

namespace NewsModel.Actors;

/// <summary>Makes ids from names: lower case ASCII letters and digits joined by hyphens ("Nicolás Maduro" → "nicolas-maduro").</summary>
public static class Slug
{
    /// <summary>The slug of a name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The slug; "actor" when the name has no letter or digit.</returns>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);

        // A slug is never longer than the decomposed name: built on the stack, one string at the end.
        var slug = decomposed.Length <= 256 ? stackalloc char[decomposed.Length] : new char[decomposed.Length];
        var length = 0;
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '.')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && length > 0)
                {
                    slug[length++] = '-';
                }

                slug[length++] = char.ToLowerInvariant(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return length == 0 ? "actor" : new string(slug[..length]);
    }
}
