using NewsModel.Model;
using NewsModel.Serialization;
using NewsModel.Tokens;

namespace NewsModel.Tests.Reliability;

// Texts that the generated-article properties (ArticleOutputProperties) once failed on, kept as
// fixed cases. The texts are made by the test generator, not taken from any corpus.
public class GeneratedCounterexampleTests
{
    // "according to" is followed by words up to a character outside the Basic Multilingual Plane:
    // the speaker mention ended between the halves of its surrogate pair, which the readers reject.
    private const string AstralCharacterAfterSource = "2019-09-25MOSCOW (Reuters) -\naKremlin spokesman Dmitry PeskovMOSCOW (Reuters) -\uDAF8\uDDDA\u2039\nthat[File: Getty Images] called onMOSCOW (Reuters) -\u2039not onthePresident Donald Trump, according to) oil told Maduro\r\n\u00BBPresident Donald TrumpNicolas Maduro\"\u2018the country\u201D\u2019\uD8A9\uDD45 said[File: Getty Images]\"March 3-5Q\t\uCE0Elast week: '\n\r\nHethe countryin the spring of 2018, thatMOSCOW (Reuters) -&\n\n He";

    // A straight quote mark, a tab and a guillemet at the end of a block: a quote with no words.
    private const string MarksWithNothingBetween = " - .  called on[File: Getty Images]It,  \u2014  told Maduroon\"\t\u00AB";

    [Fact]
    public void Tokenize_CharacterOutsideTheBasicPlane_IsOneTokenOfBothHalves()
    {
        var tokens = Tokenizer.Tokenize("a \uD83D\uDE00 b\uD835\uDC00");

        tokens.Select(t => t.Span).Should().Equal(new TextSpan(0, 1), new TextSpan(2, 2), new TextSpan(5, 1), new TextSpan(6, 2));
    }

    [Fact]
    public void Read_SourceEndingOnACharacterOutsideTheBasicPlane_RoundTripsThroughJsonAndYaml()
    {
        var article = NewsPipeline.Default.Read(AstralCharacterAfterSource);

        article.Quotes.Should().NotBeEmpty();
        var fromYaml = ModelYaml.Deserialize(ModelYaml.Serialize(article));
        fromYaml.Success.Should().BeTrue(fromYaml.Error?.ToString());
        fromYaml.Value.Should().Be(article);
        var fromJson = ModelJson.Deserialize(ModelJson.SerializeToUtf8Bytes(article));
        fromJson.Success.Should().BeTrue(fromJson.Error?.ToString());
    }

    [Fact]
    public void Parse_QuoteMarksWithNothingBetween_IsReadWithoutAQuoteOfThem()
    {
        var result = NewsPipeline.Default.Parse(MarksWithNothingBetween);

        result.Success.Should().BeTrue(result.Error?.ToString());
        result.Value.Quotes.Should().NotContain(q => q.Text.Trim('"', '\t', '\u00AB').Length == 0);
    }
}
