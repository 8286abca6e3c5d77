using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>
/// Finds the dateline that opens a wire story: "MOSCOW (Reuters) -", "WASHINGTON —",
/// "LONDON, Sept 25 (Reuters) -", "PARIS (AP) —". The place must be in capitals unless an agency
/// in brackets follows it ("Moscow (CNN) —"), so that an ordinary sentence with a dash
/// ("Putin – who ...") is not taken for a dateline.
/// </summary>
internal static class DatelineParser
{
    private const int MaxDatelineLength = 80;
    private const int MaxPlaceWords = 4;
    private const int MaxAgencyLength = 40;

    /// <summary>Reads the dateline at the start of a paragraph, if any.</summary>
    public static Dateline? TryParse(string text, TextSpan paragraph)
    {
        var limit = Math.Min(paragraph.End, paragraph.Start + MaxDatelineLength);
        for (var k = paragraph.Start + 1; k < limit; k++)
        {
            if (text[k] is not ('-' or '–' or '—') || !TextScan.IsSpace(text[k - 1]))
            {
                continue;
            }

            var dashEnd = k + 1;
            if (text[k] == '-' && dashEnd < paragraph.End && text[dashEnd] == '-')
            {
                dashEnd++;
            }

            if (dashEnd < paragraph.End && !TextScan.IsSpace(text[dashEnd]))
            {
                // "U.S.-led": a hyphen inside a word, not the dateline's dash.
                return null;
            }

            return Parse(text, TextScan.Trim(text, paragraph.Start, k), TextSpan.FromBounds(paragraph.Start, dashEnd));
        }

        return null;
    }

    private static Dateline? Parse(string text, TextSpan prefix, TextSpan whole)
    {
        if (prefix.IsEmpty)
        {
            return null;
        }

        TextSegment? agency = null;
        var placePart = prefix;
        if (text[prefix.End - 1] == ')')
        {
            var open = text.AsSpan(prefix.Start, prefix.Length).LastIndexOf('(');
            if (open < 0)
            {
                return null;
            }

            var agencySpan = TextScan.Trim(text, prefix.Start + open + 1, prefix.End - 1);
            if (agencySpan.IsEmpty || agencySpan.Length > MaxAgencyLength || !char.IsUpper(text[agencySpan.Start]))
            {
                return null;
            }

            agency = TextScan.Segment(text, agencySpan);
            placePart = TextScan.Trim(text, prefix.Start, prefix.Start + open);
        }

        // "LONDON, Sept 25": the place is what precedes the first comma.
        var comma = text.AsSpan(placePart.Start, placePart.Length).IndexOf(',');
        var place = comma < 0 ? placePart : TextScan.Trim(text, placePart.Start, placePart.Start + comma);
        if (!IsPlace(text, place, capitalsOnly: agency is null))
        {
            return null;
        }

        return new Dateline(whole.Slice(text), whole, TextScan.Segment(text, place), agency);
    }

    private static bool IsPlace(string text, TextSpan place, bool capitalsOnly)
    {
        if (place.Length < 2)
        {
            return false;
        }

        var value = text.AsSpan(place.Start, place.Length);
        if (TextScan.CountWords(value, MaxPlaceWords) > MaxPlaceWords || !char.IsUpper(value[0]))
        {
            return false;
        }

        var letters = 0;
        var wordStart = true;
        foreach (var c in value)
        {
            if (char.IsLetter(c))
            {
                // Every letter in capitals ("NEW YORK"), or at least every word capitalised with an agency.
                if (char.IsLower(c) && (capitalsOnly || wordStart))
                {
                    return false;
                }

                letters++;
                wordStart = false;
            }
            else if (c is ' ' or '.' or '-' or '\'' or '’')
            {
                wordStart = c == ' ';
            }
            else
            {
                return false;
            }
        }

        return letters >= 2;
    }
}
