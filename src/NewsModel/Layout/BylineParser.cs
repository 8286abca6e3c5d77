using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>
/// Reads a byline line: "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Reuters",
/// "By Jane Doe, John Roe and Ann Poe". One segment per person: after the first comma, the rest is
/// taken for more names only when it is a list ending in "and"/"&amp;"; otherwise it is the
/// writer's affiliation ("Reuters", "Staff writer") and is left out.
/// </summary>
internal static class BylineParser
{
    private const int MaxBylineLength = 120;
    private const int MaxNameWords = 5;

    // Lower-case particles that stand inside names ("Ursula von der Leyen", "Luiz da Silva").
    private static readonly string[] Particles = ["al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "la", "le", "van", "von"];

    /// <summary>Reads the names of a trimmed "By ..." line; false when the line is not a byline.</summary>
    public static bool TryParse(string text, TextSpan line, List<TextSegment> names)
    {
        if (line.Length > MaxBylineLength || line.Length < 4 || !IsByWord(text, line.Start)
            || text[line.End - 1] is '.' or '!' or '?' or ':' or ';' or ',')
        {
            return false;
        }

        var rest = TextScan.Trim(text, line.Start + 3, line.End);
        var parts = new List<TextSpan>();
        var partStart = rest.Start;
        for (var k = rest.Start; k <= rest.End; k++)
        {
            if (k == rest.End || text[k] == ',')
            {
                parts.Add(TextScan.Trim(text, partStart, k));
                partStart = k + 1;
            }
        }

        var lastPart = text.AsSpan(parts[^1].Start, parts[^1].Length);
        var allNames = parts.Count > 1
            && (lastPart.StartsWith("and ", StringComparison.Ordinal) || lastPart.Contains(" and ", StringComparison.Ordinal)
                || lastPart.StartsWith("& ", StringComparison.Ordinal) || lastPart.Contains(" & ", StringComparison.Ordinal));
        var found = new List<TextSegment>();
        var count = allNames ? parts.Count : 1;
        for (var p = 0; p < count; p++)
        {
            if (!AddNames(text, parts[p], found))
            {
                return false;
            }
        }

        if (found.Count == 0)
        {
            return false;
        }

        names.AddRange(found);
        return true;
    }

    private static bool IsByWord(string text, int start) =>
        start + 3 <= text.Length
        && (text.AsSpan(start, 2) is "By" or "BY")
        && TextScan.IsSpace(text[start + 2]);

    /// <summary>Splits "Jane Doe and John Roe" into names; false when a part is not a name.</summary>
    private static bool AddNames(string text, TextSpan part, List<TextSegment> found)
    {
        var nameStart = part.Start;
        var k = part.Start;
        while (k <= part.End)
        {
            var separator = SeparatorLength(text, k, part.End);
            if (k == part.End || separator > 0)
            {
                var name = TextScan.Trim(text, nameStart, k);
                if (!name.IsEmpty)
                {
                    if (!IsName(text, name))
                    {
                        return false;
                    }

                    found.Add(TextScan.Segment(text, name));
                }

                if (k == part.End)
                {
                    break;
                }

                k += separator;
                nameStart = k;
                continue;
            }

            k++;
        }

        return true;
    }

    /// <summary>The length of an "and" or "&amp;" separator (with its leading space) at <paramref name="k"/>, or 0.</summary>
    private static int SeparatorLength(string text, int k, int end)
    {
        if (k != 0 && !TextScan.IsSpace(text[k - 1]) && k != end)
        {
            return 0;
        }

        var rest = text.AsSpan(k, end - k);
        if (rest.StartsWith("and ", StringComparison.Ordinal))
        {
            return 4;
        }

        return rest.StartsWith("& ", StringComparison.Ordinal) ? 2 : 0;
    }

    private static bool IsName(string text, TextSpan name)
    {
        var words = 0;
        var k = name.Start;
        while (k < name.End)
        {
            var wordEnd = k;
            while (wordEnd < name.End && !TextScan.IsSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            var word = text.AsSpan(k, wordEnd - k);
            if (!char.IsUpper(word[0]) && !IsParticle(word))
            {
                return false;
            }

            words++;
            k = wordEnd;
            while (k < name.End && TextScan.IsSpace(text[k]))
            {
                k++;
            }
        }

        return words is > 0 and <= MaxNameWords;
    }

    private static bool IsParticle(ReadOnlySpan<char> word)
    {
        foreach (var particle in Particles)
        {
            if (word.SequenceEqual(particle))
            {
                return true;
            }
        }

        return false;
    }
}
