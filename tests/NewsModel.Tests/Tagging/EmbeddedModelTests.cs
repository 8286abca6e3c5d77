using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Tokens;
using NewsModel.Training;

namespace NewsModel.Tests.Tagging;

public class EmbeddedModelTests
{
    private const string Sentence = "The president said on Tuesday that he would veto the bill .";

    [Fact]
    public void PartOfSpeech_Embedded_LoadsAPennTreebankModel()
    {
        var model = TaggerModel.PartOfSpeech;

        model.Kind.Should().Be(TaggerModelKind.PartOfSpeech);
        model.FormatVersion.Should().Be(TaggerModel.LatestFormatVersion);
        model.Tags.Should().Contain(["NN", "NNP", "VBD", "IN", "DT", "MD", ".", "POS", "HYPH"]);
        model.FeatureCount.Should().BeGreaterThan(10_000);
        model.ToString().Should().StartWith("PartOfSpeech tagger model: ");
    }

    [Fact]
    public void PartOfSpeech_AskedTwice_SameInstance()
    {
        TaggerModel.PartOfSpeech.Should().BeSameAs(TaggerModel.PartOfSpeech);
        PartOfSpeechTagger.Default.Model.Should().BeSameAs(TaggerModel.PartOfSpeech);
    }

    [Fact]
    public void Tag_NewsSentence_PlausibleTags()
    {
        var tags = Tag(Sentence);

        tags.Should().HaveCount(12);
        tags[0].Should().Be("DT");
        tags[1].Should().Be("NN");
        tags[2].Should().Be("VBD");
        tags[4].Should().Be("NNP");
        tags[6].Should().Be("PRP");
        tags[7].Should().Be("MD");
        tags[8].Should().Be("VB");
        tags[9].Should().Be("DT");
        tags[10].Should().Be("NN");
        tags[11].Should().Be(".");
    }

    [Fact]
    public void Tag_PossessiveAndHyphenatedWords_TaggedOnOurTokens()
    {
        // The tokenizer splits "’s" off and keeps "long-term" whole, as the model was trained.
        var tags = Tag("Maduro’s long-term plan failed.");

        tags.Should().HaveCount(6);
        tags[0].Should().Be("NNP");
        tags[1].Should().Be("POS");
        tags[2].Should().BeOneOf("JJ", "NN");
        tags[3].Should().Be("NN");
        tags[4].Should().Be("VBD");
    }

    [Fact]
    public void Tag_SharedAtoms_SameTagsAndAtomsCompletedForOthers()
    {
        var text = "Officials in Kyiv said the reservoir's dam had been destroyed overnight.";
        var tokens = Tokenizer.Tokenize(text).ToArray();
        var atoms = new TokenAtoms[tokens.Length];
        TokenAtoms.ReadHeads(text, tokens, atoms);
        var shared = new byte[tokens.Length];

        PartOfSpeechTagger.Default.Tag(text, tokens, atoms, shared);

        shared.Select(t => TaggerModel.PartOfSpeech.Tags[t]).Should().Equal(Tag(text));
        atoms.Should().Contain(a => a.IsComplete, "an uncommon word needs its complete atoms");
    }

    [Fact]
    public void Tag_ManyThreadsAtOnce_SameTagsAsOneThread()
    {
        string[] texts =
        [
            Sentence,
            "Protesters gathered outside parliament on Monday, demanding the minister's resignation.",
            "“We will not back down,” she told reporters in Caracas.",
            "Shares of the company fell 4.5% after it cut its long-term forecast.",
            "He didn't say whether the U.S. would send more troops.",
        ];
        var expected = texts.Select(Tag).ToArray();

        var results = new string[64][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            for (var repeat = 0; repeat < 20; repeat++)
            {
                results[i] = Tag(texts[i % texts.Length]);
            }
        });

        for (var i = 0; i < results.Length; i++)
        {
            results[i].Should().Equal(expected[i % texts.Length]);
        }
    }

    [Fact]
    public void Tag_EmptySentence_NoTags()
    {
        PartOfSpeechTagger.Default.Tag("", [], []);
    }

    [Fact]
    public void Tag_TagsShorterThanTokens_Throws()
    {
        var tokens = Tokenizer.Tokenize(Sentence).ToArray();

        var act = () => PartOfSpeechTagger.Default.Tag(Sentence, tokens, new byte[3]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_NullModel_Throws()
    {
        var act = () => new PartOfSpeechTagger(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    private static string[] Tag(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), TokenAlignment.IsAbbreviation, tokens);
        var tags = new byte[tokens.Count];
        PartOfSpeechTagger.Default.Tag(text, [.. tokens], tags);
        return [.. tags.Select(t => TaggerModel.PartOfSpeech.Tags[t])];
    }
}
