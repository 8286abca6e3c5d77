namespace NewsModel.Times;

/// <summary>Splits text into <see cref="TimeToken"/>s in one left-to-right pass.</summary>
internal static class TimeTokenizer
{
    public static List<TimeToken> Tokenize(string text)
    {
        var tokens = new List<TimeToken>(text.Length / 5);
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

                tokens.Add(new TimeToken(start, i, Lower(text, start, i), kind, false));
                continue;
            }

            if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new TimeToken(start, i, Lower(text, start, i), TimeTokenKind.Word, char.IsUpper(c)));
                continue;
            }

            // Surrogate pairs stay together so that a span never splits a character.
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            tokens.Add(new TimeToken(i, i + length, NormalizePunct(text.Substring(i, length)), TimeTokenKind.Punct, false));
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

    private static string Lower(string text, int start, int end) => string.Create(end - start, (text, start), static (span, state) =>
    {
        for (var k = 0; k < span.Length; k++)
        {
            span[k] = char.ToLowerInvariant(state.text[state.start + k]);
        }
    });
}
