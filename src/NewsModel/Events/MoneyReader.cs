using System.Globalization;

using NewsModel.Model;
using NewsModel.Tokens;

namespace NewsModel.Events;

/// <summary>
/// Reads sums of money from tokens: a currency sign before a number ("$3bn", "€2 million") or a
/// currency word after it ("3 billion dollars").
/// </summary>
internal static class MoneyReader
{
    /// <summary>Finds the first sum of money among tokens.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="from">The first token to look at.</param>
    /// <param name="to">Just past the last token to look at.</param>
    /// <returns>The sum, or null when there is none.</returns>
    public static MoneyAmount? Find(string text, List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation && token.Span.Length == 1 && SignCurrency(text[token.Start]) is { } currency
                && i + 1 < to && tokens[i + 1].Kind == TokenKind.Number && tokens[i + 1].Start == token.End)
            {
                var (value, last) = ReadNumber(text, tokens, i + 1, to);
                return new MoneyAmount(text[token.Start..tokens[last].End], TextSpan.FromBounds(token.Start, tokens[last].End), value, currency);
            }

            if (token.Kind == TokenKind.Number)
            {
                var (value, last) = ReadNumber(text, tokens, i, to);
                if (last + 1 < to && WordCurrency(tokens[last + 1].In(text)) is { } named)
                {
                    var end = tokens[last + 1].End;
                    return new MoneyAmount(text[token.Start..end], TextSpan.FromBounds(token.Start, end), value, named);
                }

                i = last;
            }
        }

        return null;
    }

    // The number at tokens[at] with its scale: a suffix ("3bn") or a scale word ("3 billion").
    private static (decimal? Value, int Last) ReadNumber(string text, List<Token> tokens, int at, int to)
    {
        var word = tokens[at].In(text);
        var digits = 0;
        while (digits < word.Length && (char.IsAsciiDigit(word[digits]) || word[digits] is ',' or '.'))
        {
            digits++;
        }

        // The digits without their thousands commas, copied to the stack rather than to a string.
        Span<char> number = digits <= 64 ? stackalloc char[64] : new char[digits];
        var length = 0;
        foreach (var c in word[..digits])
        {
            if (c != ',')
            {
                number[length++] = c;
            }
        }

        decimal? value = decimal.TryParse(number[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var last = at;
        var scale = Scale(word[digits..]);
        if (scale == 1 && at + 1 < to && tokens[at + 1].Kind == TokenKind.Word)
        {
            var next = Scale(tokens[at + 1].In(text));
            if (next > 1)
            {
                scale = next;
                last = at + 1;
            }
        }

        return (value * scale, last);
    }

    private static decimal Scale(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[16];
        if (word.Length > lower.Length)
        {
            return 1;
        }

        var n = word.ToLowerInvariant(lower);
        return lower[..n] switch
        {
            "k" or "thousand" => 1_000m,
            "m" or "mn" or "million" => 1_000_000m,
            "bn" or "b" or "billion" => 1_000_000_000m,
            "tn" or "trillion" => 1_000_000_000_000m,
            _ => 1,
        };
    }

    private static string? SignCurrency(char c) => c switch
    {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        _ => null,
    };

    private static string? WordCurrency(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[16];
        if (word.Length > lower.Length)
        {
            return null;
        }

        var n = word.ToLowerInvariant(lower);
        return lower[..n] switch
        {
            "dollars" or "dollar" => "USD",
            "euros" or "euro" => "EUR",
            "pounds" => "GBP",
            "yen" => "JPY",
            "roubles" or "rubles" => "RUB",
            "yuan" => "CNY",
            _ => null,
        };
    }
}
