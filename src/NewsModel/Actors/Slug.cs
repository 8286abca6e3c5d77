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
        var slug = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '.')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return slug.Length == 0 ? "actor" : slug.ToString();
    }
}
