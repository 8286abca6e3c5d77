using System.Collections.Immutable;

using NewsModel.Model;

namespace NewsModel.Text;

/// <summary>
/// Splits text into sentences in one left-to-right pass (linear time, no regular expressions).
/// A sentence ends at ".", "?", "!", "…" or a run of them ("?!", "..."), together with the closing
/// quote marks and brackets that follow (<c>…well-being.”</c>), when white space and then an
/// upper-case letter, a digit, an uncased letter or an opening quote or bracket follow. A full
/// stop does not end a sentence after an abbreviation from the embedded lexicon ("Mr.", "Sept.")
/// or an initial ("John F. Kennedy"); after an abbreviation that may close a sentence ("U.S.",
/// "Inc.") it does only when a common sentence opener ("The", "He", "But") follows. A quote that
/// ends with a comma (<c>“No doubt ...,” Putin said.</c>) never ends a sentence.
/// </summary>
public static class SentenceSplitter
{
    // An abbreviation or a run of initials is short; the backward look is bounded so that a
    // pathological run of dotted letters cannot make the pass quadratic.
    private const int MaxAbbreviationLength = 12;

    /// <summary>Splits the whole text into sentences.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The sentences' spans in order, trimmed of white space; none for blank text.</returns>
    public static ImmutableArray<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, new TextSpan(0, text.Length));
    }

    /// <summary>Splits a part of a text (a paragraph, a headline) into sentences.</summary>
    /// <param name="text">The whole text, such as <see cref="Article.Text"/>.</param>
    /// <param name="within">The part to split.</param>
    /// <returns>The sentences' spans in order, trimmed of white space, all inside <paramref name="within"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="within"/> does not fit in <paramref name="text"/>.</exception>
    public static ImmutableArray<TextSpan> Split(string text, TextSpan within)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!within.FitsIn(text.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(within), within, "The span does not fit in the text.");
        }

        using var sentences = new RentedList<TextSpan>();
        SplitInto(text, within, sentences, AbbreviationLexicon.Default);
        return ImmutableArray.Create<TextSpan>(sentences.AsSpan());
    }

    /// <summary>
    /// Adds the sentences of a part of a text to <paramref name="sentences"/>: the sentence stage splits
    /// every block of an article into one list rather than an array per block.
    /// </summary>
    internal static void SplitInto(string text, TextSpan within, RentedList<TextSpan> sentences, AbbreviationLexicon abbreviations)
    {
        var end = within.End;
        var sentenceStart = within.Start;
        var i = within.Start;
        while (i < end)
        {
            // Most characters end no sentence: skip to the next terminator a vector at a time.
            var skip = text.AsSpan(i, end - i).IndexOfAny(TextScan.Terminators);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var runStart = i;
            while (i < end && TextScan.IsTerminator(text[i]))
            {
                i++;
            }

            var runEnd = i;
            while (i < end && TextScan.IsClosing(text[i]))
            {
                i++;
            }

            var boundary = i;

            // "3.5", "U.S.-led", "Yahoo!'s": no white space after the terminator, no break.
            if (i >= end || !TextScan.IsSpace(text[i]))
            {
                continue;
            }

            var next = i;
            while (next < end && TextScan.IsSpace(text[next]))
            {
                next++;
            }

            if (next >= end)
            {
                break;
            }

            var breaks = StartsSentence(text[next])
                && !(runEnd - runStart == 1 && text[runStart] == '.' && boundary == runEnd
                    && !FullStopEndsSentence(text, within.Start, runStart, next, end, abbreviations));
            if (breaks)
            {
                AddTrimmed(sentences, text, sentenceStart, boundary);
                sentenceStart = next;
            }

            i = next;
        }

        AddTrimmed(sentences, text, sentenceStart, end);
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || TextScan.IsOpeningQuote(c) || c is '(' or '['
        || (char.IsLetter(c) && !char.IsLower(c));

    /// <summary>Whether a lone full stop at <paramref name="dot"/>, followed by a sentence start at <paramref name="next"/>, ends the sentence.</summary>
    private static bool FullStopEndsSentence(string text, int lowerBound, int dot, int next, int end, AbbreviationLexicon abbreviations)
    {
        // The word before the full stop, with its inner full stops ("U.S", "a.m", "Mr").
        var wordStart = dot;
        var limit = Math.Max(lowerBound, dot - MaxAbbreviationLength);
        while (wordStart > limit && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        if (wordStart == dot || (wordStart == limit && wordStart > lowerBound && char.IsLetter(text[wordStart - 1])))
        {
            // No word ("in 2019. Then") or one too long to be an abbreviation.
            return true;
        }

        var word = text.AsSpan(wordStart, dot + 1 - wordStart);
        var kind = abbreviations.Find(word);
        if (kind == AbbreviationKind.None && IsInitials(word))
        {
            // "F." in "John F. Kennedy", "J.K." in "J.K. Rowling".
            kind = word.Length == 2 ? AbbreviationKind.NeverEnds : AbbreviationKind.MayEnd;
        }

        return kind switch
        {
            AbbreviationKind.NeverEnds => false,
            AbbreviationKind.MayEnd => abbreviations.IsOpener(NextWord(text, next, end)),
            _ => true,
        };
    }

    /// <summary>Whether the word is upper-case letters each followed by a full stop ("F.", "J.K.").</summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length % 2 != 0)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k += 2)
        {
            if (!char.IsUpper(word[k]) || word[k + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> NextWord(string text, int start, int end)
    {
        var stop = start;
        while (stop < end && stop - start < MaxAbbreviationLength && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return text.AsSpan(start, stop - start);
    }

    private static void AddTrimmed(RentedList<TextSpan> sentences, string text, int start, int end)
    {
        var span = TextScan.Trim(text, start, end);
        if (!span.IsEmpty)
        {
            sentences.Add(span);
        }
    }
}
