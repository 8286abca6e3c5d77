using System.Globalization;

using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Training;

/// <summary>Tokens tagged right, in all and for words seen and not seen in training.</summary>
internal sealed class Accuracy
{
    public long Right { get; private set; }

    public long Total { get; private set; }

    public long KnownRight { get; private set; }

    public long Known { get; private set; }

    public double Percent => Share(this.Right, this.Total);

    public void Add(bool right, bool known)
    {
        this.Total++;
        this.Right += right ? 1 : 0;
        this.Known += known ? 1 : 0;
        this.KnownRight += right && known ? 1 : 0;
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{this.Percent,6:F2} % of {this.Total,6} tokens (known words {Share(this.KnownRight, this.Known):F2} %, unknown {Share(this.Right - this.KnownRight, this.Total - this.Known):F2} % of {this.Total - this.Known})");

    private static double Share(long part, long whole) => whole == 0 ? 0 : 100.0 * part / whole;
}

/// <summary>Scores a model on our tokens (aligned to the gold ones) and on the gold tokens themselves.</summary>
internal static class Evaluation
{
    /// <summary>The word atoms of some sentences' tokens: the words a model trained on them knows.</summary>
    public static HashSet<ulong> Vocabulary(IEnumerable<TaggedSentence> sentences)
    {
        var words = new HashSet<ulong>();
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                words.Add(TokenAtoms.Of(token.In(sentence.Text), token.Kind).Word);
            }
        }

        return words;
    }

    /// <summary>Accuracy on our tokens.</summary>
    public static Accuracy OnOurTokens(TaggerModel model, IEnumerable<TaggedSentence> sentences, HashSet<ulong> known)
    {
        var tagger = new SequenceTagger(model);
        var accuracy = new Accuracy();
        foreach (var sentence in sentences)
        {
            var tags = new byte[sentence.Tokens.Length];
            tagger.Tag(sentence.Text, sentence.Tokens, tags);
            for (var i = 0; i < tags.Length; i++)
            {
                var token = sentence.Tokens[i];
                var word = TokenAtoms.Of(token.In(sentence.Text), token.Kind).Word;
                accuracy.Add(model.Tags[tags[i]] == sentence.Tags[i], known.Contains(word));
            }
        }

        return accuracy;
    }

    /// <summary>Accuracy on the gold tokens, tagged as if they were ours; known words are those of the gold training tokens.</summary>
    public static Accuracy OnGoldTokens(TaggerModel model, IEnumerable<GoldSentence> sentences, HashSet<ulong> known)
    {
        var tagger = new SequenceTagger(model);
        var accuracy = new Accuracy();
        foreach (var sentence in sentences)
        {
            if (GoldTokens(sentence) is not { } tokens)
            {
                continue;
            }

            var tags = new byte[tokens.Length];
            tagger.Tag(sentence.Text, tokens, tags);
            for (var i = 0; i < tags.Length; i++)
            {
                var word = TokenAtoms.Of(tokens[i].In(sentence.Text), tokens[i].Kind).Word;
                accuracy.Add(model.Tags[tags[i]] == sentence.Words[i].Tag, known.Contains(word));
            }
        }

        return accuracy;
    }

    /// <summary>The word atoms of the gold training tokens.</summary>
    public static HashSet<ulong> GoldVocabulary(IEnumerable<GoldSentence> sentences)
    {
        var words = new HashSet<ulong>();
        foreach (var sentence in sentences)
        {
            if (GoldTokens(sentence) is { } tokens)
            {
                foreach (var token in tokens)
                {
                    words.Add(TokenAtoms.Of(token.In(sentence.Text), token.Kind).Word);
                }
            }
        }

        return words;
    }

    /// <summary>
    /// The gold words as tokens of the text: each takes the kind of our token that starts where
    /// it does, or a kind from its first character.
    /// </summary>
    public static Token[]? GoldTokens(GoldSentence sentence)
    {
        if (TokenAlignment.GoldSpans(sentence) is not { } spans)
        {
            return null;
        }

        var ours = new List<Token>();
        Tokenizer.Tokenize(sentence.Text, new TextSpan(0, sentence.Text.Length), TokenAlignment.IsAbbreviation, ours);
        var kindAt = new Dictionary<int, TokenKind>();
        foreach (var token in ours)
        {
            kindAt.TryAdd(token.Start, token.Kind);
        }

        var tokens = new Token[spans.Length];
        for (var i = 0; i < spans.Length; i++)
        {
            var first = sentence.Text[spans[i].Start];
            var kind = kindAt.TryGetValue(spans[i].Start, out var found) ? found
                : char.IsDigit(first) ? TokenKind.Number
                : char.IsLetter(first) ? TokenKind.Word
                : first is '\'' or '’' && spans[i].Length > 1 ? TokenKind.Clitic
                : TokenKind.Punctuation;
            tokens[i] = new Token(spans[i], kind);
        }

        return tokens;
    }

    /// <summary>Prints the commonest confusions and the words most often wrong.</summary>
    public static void PrintErrors(TextWriter log, TaggerModel model, IEnumerable<TaggedSentence> sentences, int top)
    {
        var tagger = new SequenceTagger(model);
        var pairs = new Dictionary<string, int>();
        var words = new Dictionary<string, int>();
        foreach (var sentence in sentences)
        {
            var tags = new byte[sentence.Tokens.Length];
            tagger.Tag(sentence.Text, sentence.Tokens, tags);
            for (var i = 0; i < tags.Length; i++)
            {
                var predicted = model.Tags[tags[i]];
                if (predicted != sentence.Tags[i])
                {
                    var pair = $"{sentence.Tags[i]} -> {predicted}";
                    pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
                    var word = $"{sentence.Tokens[i].In(sentence.Text)} {pair}";
                    words[word] = words.GetValueOrDefault(word) + 1;
                }
            }
        }

        log.WriteLine("  confusions (gold -> predicted): " + string.Join(", ", pairs.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top).Select(p => $"{p.Key} {p.Value}")));
        log.WriteLine("  words: " + string.Join(", ", words.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top).Select(p => $"{p.Key} {p.Value}")));
    }
}
