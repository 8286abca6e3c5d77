namespace NewsModel.Times;

/// <summary>Splits text into <see cref="TimeToken"/>s in one left-to-right pass.</summary>
internal static class TimeTokenizer
{
    // Longer words are lower-cased straight into a new string, never into the stack buffer.
    private const int MaxBufferedWord = 64;

    // The one-character punctuation tokens of ASCII, shared: most tokens of a text are one of these.
    private static readonly string[] AsciiPunct = CreateAsciiPunct();

    public static List<TimeToken> Tokenize(string text)
    {
        var tokens = new List<TimeToken>(text.Length / 5);

        // A word's lower-cased form is made once per text and shared by its repeats ("the", "said"),
        // which keeps allocation near the number of distinct words, not of tokens.
        var words = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
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
                    tokens.Add(new TimeToken(start, start + 1, "\n", TimeTokenKind.Break, false));
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

                tokens.Add(new TimeToken(start, i, Lower(text, start, i, words), kind, false));
                continue;
            }

            if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new TimeToken(start, i, Lower(text, start, i, words), TimeTokenKind.Word, char.IsUpper(c)));
                continue;
            }

            // Surrogate pairs stay together so that a span never splits a character.
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            var punct = length == 1 && c < AsciiPunct.Length ? AsciiPunct[c] : NormalizePunct(text.Substring(i, length));
            tokens.Add(new TimeToken(i, i + length, punct, TimeTokenKind.Punct, false));
            i += length;
        }

        return tokens;
    }

    private static string NormalizePunct(string punct) => punct switch
    {
        "\u2019" or "\u2018" or "`" => "'",
        "\u2013" or "\u2014" => "-",
        _ => punct,
    };

    private static string[] CreateAsciiPunct()
    {
        var punct = new string[128];
        for (var c = 0; c < punct.Length; c++)
        {
            punct[c] = NormalizePunct(((char)c).ToString());
        }

        return punct;
    }

    private static string Lower(string text, int start, int end, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        var length = end - start;
        if (length > MaxBufferedWord)
        {
            return Lower(text, start, end);
        }

        // Char by char, as the string form does: span lower-casing would fold surrogate pairs too.
        Span<char> buffer = stackalloc char[MaxBufferedWord];
        var lower = buffer[..length];
        for (var k = 0; k < length; k++)
        {
            lower[k] = char.ToLowerInvariant(text[start + k]);
        }

        if (words.TryGetValue(lower, out var known))
        {
            return known;
        }

        var word = lower.ToString();
        words[word] = word;
        return word;
    }

    private static string Lower(string text, int start, int end) => string.Create(end - start, (text, start), static (span, state) =>
    {
        for (var k = 0; k < span.Length; k++)
        {
            span[k] = char.ToLowerInvariant(state.text[state.start + k]);
        }
    });
}
