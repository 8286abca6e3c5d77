using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Quotes;
using NewsModel.Tokens;

namespace NewsModel.Tests.Quotes;

public class CueStartsTests
{
    private static readonly ReportingVerbLexicon Cues = LexiconSet.Default.ReportingVerbs;
    private static readonly CueStarts Starts = new(Cues);

    public static TheoryData<string> Keys()
    {
        var keys = new TheoryData<string>();
        foreach (var phrase in Cues.Phrases)
        {
            keys.Add(phrase.Phrase);
        }

        foreach (var verb in Cues.Verbs)
        {
            foreach (var form in verb.Forms)
            {
                if (form.Contains(' ', StringComparison.Ordinal))
                {
                    keys.Add(form);
                }
            }
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Of_PhraseOrVerbFormInAnyCase_IsWhole(string key)
    {
        Starts.Of(key).Should().HaveFlag(CueWord.Whole);
        Starts.Of(key.ToUpperInvariant()).Should().HaveFlag(CueWord.Whole);
    }

    // The finder tries a longer window of tokens only after a window that starts a cue: every
    // shorter window of a cue's own tokens must be a start, or the cue would be missed.
    [Theory]
    [MemberData(nameof(Keys))]
    public void Of_EachShorterWindowOfTheTokens_IsStart(string key)
    {
        var tokens = Tokenizer.Tokenize(key);

        for (var n = 1; n < tokens.Count; n++)
        {
            var window = key.AsSpan(0, tokens[n - 1].End);
            Starts.Of(window).Should().HaveFlag(CueWord.Start, "'{0}' begins '{1}'", window.ToString(), key);
        }
    }

    [Fact]
    public void Of_WordThatBeginsNoCue_IsNone()
        => Starts.Of("xylophone").Should().Be(CueWord.None);
}
