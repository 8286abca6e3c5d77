using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsModel.Times;

/// <summary>
/// Splits text into <see cref="TimeToken"/>s in one left-to-right pass, writing the lower-cased
/// form of every token into a buffer as long as the text, at the token's own offsets.
/// </summary>
internal static class TimeTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="lexicon">The time vocabulary, whose number for each token the token carries.</param>
    /// <param name="lower">At least as long as the text: receives each token's lower-cased characters at its offsets.</param>
    /// <param name="tokens">A pooled array that receives the tokens; replaced by a larger pooled array (the old one returned) when full.</param>
    /// <returns>The number of tokens written.</returns>
    // Runs for every character: compiled optimized at once (see TimeScanner).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Tokenize(string text, TimeLexicon lexicon, Span<char> lower, ref TimeToken[] tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                // A blank line (paragraph end) is a hard break; a single line break inside a
                // paragraph is not, because TimeML files wrap their sentences.
                var start = i;
                var newlines = 0;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    if (text[i] == '\n')
                    {
                        newlines++;
                    }

                    i++;
                }

                if (newlines >= 2)
                {
                    lower[start] = '\n';
                    Add(ref tokens, ref count, new TimeToken(start, start + 1, TimeTokenKind.Break, false, -1));
                }

                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > start)))
                {
                    i++;
                }

                var kind = TimeTokenKind.Number;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    kind = TimeTokenKind.Word;
                    i++;
                }

                Add(ref tokens, ref count, new TimeToken(start, i, kind, false, Lower(text, start, i, lower, lexicon)));
                continue;
            }

            if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                Add(ref tokens, ref count, new TimeToken(start, i, TimeTokenKind.Word, char.IsUpper(c), Lower(text, start, i, lower, lexicon)));
                continue;
            }

            // Surrogate pairs stay together so that a span never splits a character; punctuation
            // is not lower-cased, only its quote and dash variants folded.
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            if (length == 1)
            {
                lower[i] = NormalizePunct(c);
            }
            else
            {
                lower[i] = c;
                lower[i + 1] = text[i + 1];
            }

            Add(ref tokens, ref count, new TimeToken(i, i + length, TimeTokenKind.Punct, false, lexicon.IndexOf(lower.Slice(i, length))));
            i += length;
        }

        return count;
    }

    private static char NormalizePunct(char punct) => punct switch
    {
        '\u2019' or '\u2018' or '`' => '\'',
        '\u2013' or '\u2014' => '-',
        _ => punct,
    };

    // Char by char, as string lower-casing does: span lower-casing would fold surrogate pairs too.
    // Returns the word's number in the time vocabulary, looked up once here for the scanner.
    private static int Lower(string text, int start, int end, Span<char> lower, TimeLexicon lexicon)
    {
        for (var k = start; k < end; k++)
        {
            lower[k] = char.ToLowerInvariant(text[k]);
        }

        return lexicon.IndexOf(lower[start..end]);
    }

    private static void Add(ref TimeToken[] tokens, ref int count, TimeToken token)
    {
        if (count == tokens.Length)
        {
            var larger = ArrayPool<TimeToken>.Shared.Rent(tokens.Length * 2);
            tokens.AsSpan().CopyTo(larger);
            ArrayPool<TimeToken>.Shared.Return(tokens);
            tokens = larger;
        }

        tokens[count++] = token;
    }
}
