using System.Collections.Frozen;

namespace NewsModel.Times;

/// <summary>Splits text into <see cref="TimeToken"/>s in one left-to-right pass.</summary>
internal static class TimeTokenizer
{
    // Longer words are lower-cased straight into a new string, never into the stack buffer.
    private const int MaxBufferedWord = 64;

    // The one-character punctuation tokens of ASCII, shared: many tokens of a text are one of these.
    private static readonly string[] AsciiPunct = CreateAsciiPunct();

    // Frequent words and the time vocabulary, lower-cased, whose tokens share one string each
    // instead of a new one per token; a per-text table cost more than the strings it saved.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonWords = CreateCommonWords();

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

                tokens.Add(new TimeToken(start, i, Lower(text, start, i, true), kind, false));
                continue;
            }

            if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new TimeToken(start, i, Lower(text, start, i, true), TimeTokenKind.Word, char.IsUpper(c)));
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

    private static string Lower(string text, int start, int end, bool shared)
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

        return shared && CommonWords.TryGetValue(lower, out var known) ? known : lower.ToString();
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CreateCommonWords()
    {
        string[] frequent =
        [
            "the", "of", "to", "and", "a", "in", "that", "is", "for", "on", "said", "with", "was", "as", "he",
            "by", "it", "at", "from", "his", "be", "has", "have", "are", "an", "not", "who", "will", "they",
            "but", "were", "had", "this", "their", "been", "which", "its", "after", "would", "or", "also",
            "more", "we", "i", "she", "her", "about", "than", "one", "there", "new", "people", "told", "up",
            "all", "out", "over", "into", "can", "could", "no", "if", "what", "so", "some", "them", "other",
            "our", "you", "him", "s", "t", "president", "trump", "government", "state", "states", "house",
            "united", "minister", "country", "police", "party", "officials", "percent", "per", "cent",
        ];
        var words = new HashSet<string>(frequent, StringComparer.Ordinal);
        words.UnionWith(TimeLexicon.Default.Words);
        return words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static string Lower(string text, int start, int end) => string.Create(end - start, (text, start), static (span, state) =>
    {
        for (var k = 0; k < span.Length; k++)
        {
            span[k] = char.ToLowerInvariant(state.text[state.start + k]);
        }
    });
}
