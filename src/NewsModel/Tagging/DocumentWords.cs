using NewsModel.Tokens;

namespace NewsModel.Tagging;

/// <summary>
/// How a document writes its words elsewhere, for the name tagger's document features (the
/// non-local features of Ratinov and Roth 2009): a capital at the start of a sentence says
/// nothing, but the same word capitalised in mid-sentence elsewhere says "name", and lower-cased
/// elsewhere says "common word". Counts every letter word of the document's sentences
/// (<see cref="Add"/>), then gives each token its evidence (<see cref="Evidence"/>). Reused
/// from document to document (<see cref="Clear"/>): the counts keep their room.
/// </summary>
internal sealed class DocumentWords
{
    /// <summary>Evidence: the word is capitalised in mid-sentence elsewhere in the document.</summary>
    public const byte CapitalisedElsewhere = 1;

    /// <summary>Evidence: the word is lower-cased elsewhere in the document.</summary>
    public const byte LowerElsewhere = 2;

    /// <summary>Evidence: the token opens its sentence (or follows an opening quote or punctuation).</summary>
    public const byte Initial = 4;

    /// <summary>Evidence: the token starts with a capital.</summary>
    public const byte Capitalised = 8;

    /// <summary>Evidence: the token holds a letter (else there is none to give: 0).</summary>
    public const byte Word = 16;

    // Per lower-cased word: how often it is capitalised in mid-sentence, how often lower-cased.
    private readonly Dictionary<ulong, (int Capitalised, int Lower)> counts = [];

    /// <summary>Forgets the document.</summary>
    public void Clear() => this.counts.Clear();

    /// <summary>Counts one sentence's words.</summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="sentence">The sentence's tokens.</param>
    public void Add(string text, ReadOnlySpan<Token> sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < sentence.Length; i++)
        {
            var (key, form) = Read(text, sentence, i);
            if (form == 0 || (form & Initial) != 0 && (form & Capitalised) != 0)
            {
                continue;
            }

            var (capitalised, lower) = this.counts.GetValueOrDefault(key);
            this.counts[key] = (form & Capitalised) != 0 ? (capitalised + 1, lower) : (capitalised, lower + 1);
        }
    }

    /// <summary>The evidence of one sentence's tokens, from the document's other words (the sentence counted too).</summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="sentence">The sentence's tokens.</param>
    /// <param name="evidence">One slot per token: the flags (0 for a token without a letter).</param>
    public void Evidence(string text, ReadOnlySpan<Token> sentence, Span<byte> evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < sentence.Length; i++)
        {
            var (key, form) = Read(text, sentence, i);
            if (form == 0)
            {
                evidence[i] = 0;
                continue;
            }

            // The token's own occurrence is no evidence of itself.
            var (capitalised, lower) = this.counts.GetValueOrDefault(key);
            if ((form & Initial) == 0 || (form & Capitalised) == 0)
            {
                _ = (form & Capitalised) != 0 ? capitalised-- : lower--;
            }

            evidence[i] = (byte)(form | (capitalised > 0 ? CapitalisedElsewhere : 0) | (lower > 0 ? LowerElsewhere : 0));
        }
    }

    // The token's lower-cased word and its form (Word, Initial, Capitalised), or 0 without a letter.
    private static (ulong Key, byte Form) Read(string text, ReadOnlySpan<Token> sentence, int i)
    {
        var word = text.AsSpan(sentence[i].Start, sentence[i].Span.Length);
        if (word.IsEmpty || !char.IsLetter(word[0]))
        {
            return (0, 0);
        }

        var initial = i == 0 || sentence[i - 1].Kind is TokenKind.OpenQuote or TokenKind.Punctuation;
        var form = (byte)(Word | (initial ? Initial : 0) | (char.IsUpper(word[0]) ? Capitalised : 0));
        return (TokenAtoms.Head(word, sentence[i].Kind).Lower, form);
    }
}
