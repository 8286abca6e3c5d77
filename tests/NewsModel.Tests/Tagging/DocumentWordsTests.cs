using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Tests.Tagging;

public class DocumentWordsTests
{
    private static Token[] Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new NewsModel.Model.TextSpan(0, text.Length), _ => false, tokens);
        return [.. tokens];
    }

    [Fact]
    public void Evidence_ASentenceInitialWord_ReadsHowTheDocumentWritesItElsewhere()
    {
        string[] document = ["Brook said the plan works.", "We met Brook on Monday.", "Rivers flow into the brook."];
        var sentences = document.Select(Tokens).ToArray();
        var words = new DocumentWords();
        for (var s = 0; s < document.Length; s++)
        {
            words.Add(document[s], sentences[s]);
        }

        var evidence = new byte[sentences[0].Length];
        words.Evidence(document[0], sentences[0], evidence);

        // "Brook" opens the sentence: its own capital says nothing, the other two uses say both.
        evidence[0].Should().Be(DocumentWords.Word | DocumentWords.Initial | DocumentWords.Capitalised | DocumentWords.CapitalisedElsewhere | DocumentWords.LowerElsewhere);

        // "plan" occurs nowhere else; the full stop holds no letter.
        evidence[3].Should().Be(DocumentWords.Word);
        evidence[^1].Should().Be(0);
    }

    [Fact]
    public void Evidence_AMidSentenceName_DoesNotCountItsOwnCapital()
    {
        const string Text = "We met Brook on Monday.";
        var tokens = Tokens(Text);
        var words = new DocumentWords();
        words.Add(Text, tokens);
        var evidence = new byte[tokens.Length];
        words.Evidence(Text, tokens, evidence);

        evidence[2].Should().Be(DocumentWords.Word | DocumentWords.Capitalised);

        words.Clear();
        words.Add(Text, tokens);
        words.Add(Text, tokens);
        words.Evidence(Text, tokens, evidence);
        evidence[2].Should().Be(DocumentWords.Word | DocumentWords.Capitalised | DocumentWords.CapitalisedElsewhere);
    }
}
