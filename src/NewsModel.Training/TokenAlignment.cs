using NewsModel.Model;
using NewsModel.Text;
using NewsModel.Tokens;

namespace NewsModel.Training;

/// <summary>A sentence on our tokens, each with a gold tag.</summary>
/// <param name="Id">The sentence's id.</param>
/// <param name="Document">Its document's id.</param>
/// <param name="Text">Its text.</param>
/// <param name="Tokens">Its tokens.</param>
/// <param name="Tags">A tag per token.</param>
internal sealed record TaggedSentence(string Id, string Document, string Text, Token[] Tokens, string[] Tags)
{
    /// <summary>Tags another tagger gave the tokens (the name model reads parts of speech), or empty.</summary>
    public byte[] Given { get; init; } = [];

    /// <summary>What the sentence's document says of each token elsewhere (the name model's document features), or empty.</summary>
    public byte[] Evidence { get; init; } = [];
}

/// <summary>Why a sentence could not be aligned, or null when it was.</summary>
internal enum AlignmentFailure
{
    /// <summary>A gold form is not where the text says it should be.</summary>
    FormNotInText,

    /// <summary>One of our tokens ends inside a gold token.</summary>
    TokenSplitsGoldToken,

    /// <summary>Text outside every gold token is inside one of our tokens.</summary>
    UncoveredText,
}

/// <summary>
/// Puts gold tags on our tokens. The treebanks split what our <see cref="Tokenizer"/> keeps whole
/// ("Al - Zaman", "do n't") and the tagger sees our tokens, so it is trained on them: the gold
/// forms are found in the sentence's text in order, the text is tokenized as the pipeline
/// tokenizes it, and each of our tokens takes the tag of the gold token it covers. A token that
/// covers several takes the tag of the last that holds a letter or digit ("long-term" is NN like
/// "term"), unless that one is a clitic ("n't", "'re", "'ll"...): then the first one's ("don't"
/// is VBP like "do", "I'm" PRP like "I"). A run of punctuation that is one gold token and
/// several of ours ("!!", ":)") gives its tag to each piece. A sentence where one of our tokens
/// cuts a gold word ("7:30", an e-mail address) does not align.
/// </summary>
internal static class TokenAlignment
{
    // Second halves of contractions, which say less of the whole word's part of speech than its
    // first half; "not" and "na" stand in "cannot" and "gonna".
    private static readonly HashSet<string> Clitics = new(StringComparer.OrdinalIgnoreCase)
    {
        "n't", "n’t", "nt", "not", "'re", "’re", "'m", "’m", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "na", "ta",
    };

    /// <summary>Aligns a gold sentence to our tokens.</summary>
    /// <param name="sentence">The gold sentence.</param>
    /// <param name="aligned">The sentence on our tokens, when it aligns.</param>
    /// <param name="merged">How many of our tokens cover more than one gold token.</param>
    /// <returns>Null when it aligns, else why not.</returns>
    public static AlignmentFailure? Align(GoldSentence sentence, out TaggedSentence? aligned, out int merged)
    {
        aligned = null;
        merged = 0;
        if (GoldSpans(sentence) is not { } spans)
        {
            return AlignmentFailure.FormNotInText;
        }

        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence.Text, new TextSpan(0, sentence.Text.Length), IsAbbreviation, tokens);
        var tags = new string[tokens.Count];
        var g = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            while (g < spans.Length && spans[g].End <= token.Start)
            {
                g++;
            }

            var end = g;
            while (end < spans.Length && spans[end].Start < token.End)
            {
                end++;
            }

            if (end == g)
            {
                return AlignmentFailure.UncoveredText;
            }

            if (end - g == 1 && spans[g].Start <= token.Start && spans[g].End >= token.End)
            {
                // Our token is the gold token, or a piece of a run of punctuation we split ("!!", ":)").
                if (spans[g].Length != token.Span.Length && sentence.Words[g].Form.Any(char.IsLetterOrDigit))
                {
                    return AlignmentFailure.TokenSplitsGoldToken;
                }

                tags[t] = sentence.Words[g].Tag;
                continue;
            }

            if (spans[g].Start < token.Start || spans[end - 1].End > token.End)
            {
                return AlignmentFailure.TokenSplitsGoldToken;
            }

            if (spans[g].Start != token.Start || spans[end - 1].End != token.End)
            {
                return AlignmentFailure.UncoveredText;
            }

            tags[t] = TagOf(sentence.Words, g, end);
            merged++;
        }

        aligned = new TaggedSentence(sentence.Id, sentence.Document, sentence.Text, [.. tokens], tags);
        return null;
    }

    /// <summary>The gold tokens as spans of our text, for tagging them directly; null when a form is not found.</summary>
    /// <param name="sentence">The gold sentence.</param>
    /// <returns>A span per gold word.</returns>
    public static TextSpan[]? GoldSpans(GoldSentence sentence)
    {
        var text = sentence.Text;
        var spans = new TextSpan[sentence.Words.Count];
        var cursor = 0;
        var w = 0;
        var m = 0;
        while (w < sentence.Words.Count)
        {
            if (m < sentence.Multiwords.Count && sentence.Multiwords[m].First == w)
            {
                var multiword = sentence.Multiwords[m++];
                if (Find(text, multiword.Form, ref cursor) is not { } whole)
                {
                    return null;
                }

                // The words inside are found in the surface form when they spell it; otherwise
                // each stands for the whole of it.
                var inner = whole.Start;
                var spelled = true;
                for (var i = multiword.First; i <= multiword.Last && spelled; i++)
                {
                    if (Find(text, sentence.Words[i].Form, ref inner, whole.End, skipSpace: false) is { } part)
                    {
                        spans[i] = part;
                    }
                    else
                    {
                        spelled = false;
                    }
                }

                if (!spelled || inner != whole.End)
                {
                    spans.AsSpan(multiword.First, multiword.Last - multiword.First + 1).Fill(whole);
                }

                w = multiword.Last + 1;
                continue;
            }

            if (Find(text, sentence.Words[w].Form, ref cursor) is not { } span)
            {
                return null;
            }

            spans[w++] = span;
        }

        return spans;
    }

    /// <summary>The tag of one of our tokens over the gold words [first, end).</summary>
    internal static string TagOf(IReadOnlyList<GoldWord> words, int first, int end)
    {
        if (end - first == 1)
        {
            return words[first].Tag;
        }

        var firstWordLike = -1;
        var lastWordLike = -1;
        for (var i = first; i < end; i++)
        {
            if (words[i].Form.Any(char.IsLetterOrDigit))
            {
                firstWordLike = firstWordLike < 0 ? i : firstWordLike;
                lastWordLike = i;
            }
        }

        if (lastWordLike < 0)
        {
            return words[end - 1].Tag;
        }

        return lastWordLike != firstWordLike && Clitics.Contains(words[lastWordLike].Form) ? words[firstWordLike].Tag : words[lastWordLike].Tag;
    }

    /// <summary>The abbreviation test the pipeline's tokens use.</summary>
    internal static bool IsAbbreviation(ReadOnlySpan<char> word) => AbbreviationLexicon.Default.Contains(word);

    // Finds a form at the cursor, after white space; moves the cursor past it.
    private static TextSpan? Find(string text, string form, ref int cursor, int end = -1, bool skipSpace = true)
    {
        end = end < 0 ? text.Length : end;
        var at = cursor;
        while (skipSpace && at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (form.Length == 0 || at + form.Length > end || string.CompareOrdinal(text, at, form, 0, form.Length) != 0)
        {
            return null;
        }

        cursor = at + form.Length;
        return new TextSpan(at, form.Length);
    }
}
