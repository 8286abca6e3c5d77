using NewsModel.Model;

namespace NewsModel.Tokens;

/// <summary>
/// Splits text into words, numbers, quote marks and punctuation in one linear pass. It keeps
/// abbreviations with their periods ("U.S.", "Mr."), hyphenated and apostrophed words whole, and
/// splits the possessive "’s" off a name so that "Maduro’s" yields the mention "Maduro".
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenizes a part of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="within">The part to tokenize.</param>
    /// <param name="abbreviations">Tells whether a word with its period ("Mr.", "Sen.") is an abbreviation; null for none.</param>
    /// <param name="into">The list the tokens are appended to.</param>
    public static void Tokenize(string text, TextSpan within, Func<ReadOnlySpan<char>, bool>? abbreviations, List<Token> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        var i = within.Start;
        var end = within.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i, end, abbreviations, out var kind, out var clitic);
                into.Add(new Token(TextSpan.FromBounds(start, i), kind));
                if (clitic > 0)
                {
                    into.Add(new Token(new TextSpan(i, clitic), TokenKind.Clitic));
                    i += clitic;
                }

                continue;
            }

            i++;

            // A character outside the Basic Multilingual Plane (an emoji, a rare ideograph) is a
            // surrogate pair: one token, so that no span ever splits it.
            if (char.IsHighSurrogate(c) && i < end && char.IsLowSurrogate(text[i]))
            {
                i++;
                into.Add(new Token(TextSpan.FromBounds(start, i), TokenKind.Punctuation));
                continue;
            }

            var tokenKind = QuoteKind(text, start, within.Start, end) ?? TokenKind.Punctuation;
            if ((c == '\'' && i < end && text[i] == '\'') || (c == '`' && i < end && text[i] == '`'))
            {
                // Two apostrophes or two backticks stand for a double quote mark in some newswires.
                i++;
                tokenKind = c == '`' ? TokenKind.OpenQuote : tokenKind == TokenKind.Punctuation ? TokenKind.OpenQuote : tokenKind;
            }
            else if (c == '.' && i + 1 < end && text[i] == '.' && text[i + 1] == '.')
            {
                i += 2; // "..." is one token
            }
            else if (c == '-' && i < end && text[i] == '-')
            {
                i++; // "--" is one dash
            }

            into.Add(new Token(TextSpan.FromBounds(start, i), tokenKind));
        }
    }

    /// <summary>Tokenizes a whole text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens.</returns>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        Tokenize(text, new TextSpan(0, text.Length), null, tokens);
        return tokens;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static int ScanWord(string text, int i, int end, Func<ReadOnlySpan<char>, bool>? abbreviations, out TokenKind kind, out int clitic)
    {
        var start = i;
        var digitsOnly = true;
        clitic = 0;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                digitsOnly &= char.IsDigit(c);
                i++;
                continue;
            }

            var next = i + 1 < end ? text[i + 1] : '\0';
            if (IsApostrophe(c) && char.IsLetter(next))
            {
                // The possessive or "is" clitic is split off; other apostrophes stay inside (O’Brien, don’t).
                if ((next is 's' or 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2])))
                {
                    clitic = 2;
                    break;
                }

                digitsOnly = false;
                i++;
                continue;
            }

            if ((c is '-' or '\u2011') && char.IsLetterOrDigit(next))
            {
                digitsOnly = false;
                i++;
                continue;
            }

            if (digitsOnly && (c is ',' or '.') && char.IsDigit(next))
            {
                i++; // 3.5, 100,000
                continue;
            }

            if (c == '.' && IsAbbreviation(text, start, i, end, abbreviations))
            {
                i++;

                // U.S. and a.m.: single letters joined by periods.
                while (i + 1 < end && char.IsLetter(text[i]) && text[i + 1] == '.' && (i + 2 >= end || !char.IsLetter(text[i + 2])))
                {
                    i += 2;
                }

                break;
            }

            break;
        }

        kind = digitsOnly || char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word;
        return i;
    }

    private static bool IsAbbreviation(string text, int start, int dot, int end, Func<ReadOnlySpan<char>, bool>? abbreviations)
    {
        var word = text.AsSpan(start, dot - start);
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            // An initial ("John F. Kennedy") or the start of "U.S.".
            return char.IsUpper(word[0]) || (dot + 2 < end && char.IsLetter(text[dot + 1]) && text[dot + 2] == '.');
        }

        // The lexicon holds abbreviations with their full stop ("Mr.", "Sept.").
        return abbreviations is not null && abbreviations(text.AsSpan(start, dot - start + 1));
    }

    private static TokenKind? QuoteKind(string text, int i, int begin, int end)
    {
        var c = text[i];
        switch (c)
        {
            case '\u201C' or '\u201E' or '\u00AB' or '\u2018' or '\u201A':
                return TokenKind.OpenQuote;
            case '\u201D' or '\u00BB' or '\u2019':
                return TokenKind.CloseQuote;
            case '"' or '\'':
                // A straight quote opens after white space, an opening bracket or the start; otherwise it closes.
                var before = i > begin ? text[i - 1] : ' ';
                var after = i + 1 < end ? text[i + 1] : ' ';
                if (char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' || i == begin)
                {
                    return char.IsWhiteSpace(after) && c == '\'' ? TokenKind.Punctuation : TokenKind.OpenQuote;
                }

                return TokenKind.CloseQuote;
            default:
                return null;
        }
    }
}
