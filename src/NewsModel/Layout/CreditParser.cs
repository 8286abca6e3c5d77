using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>
/// Finds the credit at the end of a picture caption: <c>[File: X]</c>, <c>[X]</c>,
/// <c>(Photo: X)</c>, <c>Photo: X</c>, <c>Credit: X</c>, <c>X/Reuters</c>. The caption is what
/// stands before the credit; the credit's span covers only the credited name.
/// </summary>
internal static class CreditParser
{
    // A credit sits at the very end of the caption and is short: looking further back would only
    // find brackets that belong to the caption (and would cost time on a huge single line).
    private const int MaxCreditLength = 80;
    private const int MaxCreditWords = 8;

    private static readonly string[] Labels = ["File:", "Photo:", "Photograph:", "Picture:", "Image:", "Credit:", "Photo credit:"];

    /// <summary>Whether a word, with the colon after it, is a credit's label ("Image" of "Image: Nick Moreau").</summary>
    public static bool IsLabelWord(ReadOnlySpan<char> word)
    {
        foreach (var label in Labels)
        {
            if (label.Length == word.Length + 1 && label.AsSpan(0, word.Length).Equals(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits a trimmed line into its caption and credit, when it ends with a credit.</summary>
    public static bool TryParse(string text, TextSpan line, out TextSpan caption, out TextSpan credit)
    {
        caption = default;
        credit = default;
        if (line.Length < 3)
        {
            return false;
        }

        var windowStart = Math.Max(line.Start, line.End - MaxCreditLength);
        var last = text[line.End - 1];
        if (last is ']' or ')')
        {
            // "[File: Getty Images]", "[Reuters]", "(Photo: AP)".
            var open = text.AsSpan(windowStart, line.Length - (windowStart - line.Start) - 1).LastIndexOf(last == ']' ? '[' : '(');
            if (open < 0)
            {
                return false;
            }

            open += windowStart;
            var inner = TextScan.Trim(text, open + 1, line.End - 1);
            var labelled = SkipLabel(text, ref inner);
            if ((last == ')' && !labelled) || !LooksLikeCredit(text, inner))
            {
                // A bare "(...)" at the end of a line is far more often part of the sentence.
                return false;
            }

            caption = TextScan.Trim(text, line.Start, open);
            credit = inner;
            return !caption.IsEmpty;
        }

        return TryLabelled(text, line, windowStart, out caption, out credit)
            || TrySlashAgency(text, line, windowStart, out caption, out credit);
    }

    /// <summary>"Caption text. Photo: Jane Doe" — a label near the end, preceded by white space.</summary>
    private static bool TryLabelled(string text, TextSpan line, int windowStart, out TextSpan caption, out TextSpan credit)
    {
        caption = default;
        credit = default;
        var window = text.AsSpan(windowStart, line.End - windowStart);
        foreach (var label in Labels)
        {
            var at = window.LastIndexOf(label, StringComparison.Ordinal);
            if (at <= 0 || !TextScan.IsSpace(window[at - 1]))
            {
                continue;
            }

            var start = windowStart + at;
            var inner = TextScan.Trim(text, start + label.Length, line.End);
            if (!LooksLikeCredit(text, inner))
            {
                continue;
            }

            caption = TextScan.Trim(text, line.Start, start);
            credit = inner;
            return !caption.IsEmpty;
        }

        return false;
    }

    /// <summary>"Caption text. Maxim Shemetov/Reuters": capitalised words ending in "/Agency" after a sentence end.</summary>
    private static bool TrySlashAgency(string text, TextSpan line, int windowStart, out TextSpan caption, out TextSpan credit)
    {
        caption = default;
        credit = default;
        var tokenStart = line.End;
        while (tokenStart > windowStart && !TextScan.IsSpace(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        var slash = text.AsSpan(tokenStart, line.End - tokenStart).IndexOf('/');
        if (slash <= 0 || tokenStart + slash + 1 >= line.End || !char.IsUpper(text[tokenStart + slash + 1])
            || !char.IsLetter(text[tokenStart + slash - 1]) || !char.IsUpper(text[tokenStart]))
        {
            return false;
        }

        // Walk back over up to four capitalised words until the word that ends the caption's sentence.
        var creditStart = tokenStart;
        for (var words = 0; words < 4; words++)
        {
            var wordEnd = creditStart;
            while (wordEnd > windowStart && TextScan.IsSpace(text[wordEnd - 1]))
            {
                wordEnd--;
            }

            if (wordEnd <= line.Start)
            {
                return false;
            }

            var previous = text[wordEnd - 1];
            if (TextScan.IsTerminator(previous) || TextScan.IsClosing(previous))
            {
                caption = TextScan.Trim(text, line.Start, wordEnd);
                credit = TextSpan.FromBounds(creditStart, line.End);
                return true;
            }

            var wordStart = wordEnd;
            while (wordStart > windowStart && !TextScan.IsSpace(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (!char.IsUpper(text[wordStart]))
            {
                return false;
            }

            creditStart = wordStart;
        }

        return false;
    }

    private static bool SkipLabel(string text, ref TextSpan inner)
    {
        var value = text.AsSpan(inner.Start, inner.Length);
        foreach (var label in Labels)
        {
            if (value.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                inner = TextScan.Trim(text, inner.Start + label.Length, inner.End);
                return true;
            }
        }

        return false;
    }

    /// <summary>A credit names someone: short, capitalised, not a sentence.</summary>
    private static bool LooksLikeCredit(string text, TextSpan credit)
    {
        if (credit.IsEmpty || credit.Length > MaxCreditLength)
        {
            return false;
        }

        var value = text.AsSpan(credit.Start, credit.Length);
        return (char.IsUpper(value[0]) || char.IsDigit(value[0]))
            && value[^1] is not ('.' or ',' or ';' or ':' or '?' or '!')
            && TextScan.CountWords(value, MaxCreditWords) <= MaxCreditWords;
    }
}
