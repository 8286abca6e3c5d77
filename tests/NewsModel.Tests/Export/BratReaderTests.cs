using NewsModel.Export;
using NewsModel.Model;

namespace NewsModel.Tests.Export;

public class BratReaderTests
{
    private const string Text = "Peskov said the talks went well. Talks will go on, the Kremlin added.\n";

    [Fact]
    public void ToArticle_WrittenDocument_GivesBackActorsAndQuotes()
    {
        var article = ExportSamples.Article;

        var read = BratDocument.FromArticle(article).ToArticle(article.Id);

        read.Success.Should().BeTrue(read.Error?.ToString());
        read.Value.Text.Should().Be(article.Text);
        read.Value.Actors.Should().BeEquivalentTo(article.Actors, o => o.ComparingByMembers<Actor>());
        read.Value.Quotes.Should().Equal(article.Quotes);
    }

    [Fact]
    public void ToArticle_SeedArticle_RoundTripsQuotesAndActors()
    {
        var seed = File.ReadAllText(SeedPath());
        var article = ExportSamples.Read(seed, "seed");

        var read = BratDocument.FromArticle(article).ToArticle(article.Id).Value;

        read.Quotes.Should().Equal(article.Quotes);
        read.Actors.Select(a => a.Id).Should().BeEquivalentTo(article.Actors.Where(a => !a.Mentions.IsEmpty).Select(a => a.Id));
    }

    [Fact]
    public void ToArticle_PolNeARStyleWithoutNotes_TakesSpeakerFromSourceAndNameFromMentions()
    {
        var ann = "T1\tSource 0 6\tPeskov\nT2\tCue 7 11\tsaid\nT3\tContent 12 32\tthe talks went well.\nT4\tAttribution 7 11\tsaid\n" +
                  "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\nT5\tPerson 0 6\tPeskov\nT6\tOrganization 51 62\tthe Kremlin\n" +
                  "T7\tContent 33 49\tTalks will go on\nT8\tCue 63 68\tadded\nT9\tSource 51 62\tthe Kremlin\nT10\tAttribution 63 68\tadded\n" +
                  "E2\tAttribution:T10 Content:T7 Cue:T8 Source:T9\nT11\tDiscard 0 6\tPeskov\n";

        var article = new BratDocument(Text, ann).ToArticle().Value;

        article.Actors.Select(a => (a.Id.Value, a.Name, a.Kind)).Should().Equal(("peskov", "Peskov", ActorKind.Person), ("the-kremlin", "the Kremlin", ActorKind.Organization));
        article.Quotes.Should().HaveCount(2);
        article.Quotes[0].Should().Be(new Quote(new QuoteId("q1"), QuoteKind.Indirect, "the talks went well.", new TextSpan(12, 20))
        {
            Speaker = new ActorId("peskov"),
            SpeakerMention = new TextSpan(0, 6),
            Cue = new TextSegment("said", new TextSpan(7, 4)),
        });
        article.Quotes[1].Speaker.Should().Be(new ActorId("the-kremlin"));
    }

    [Fact]
    public void ToArticle_CharacterOutsideBmp_MapsCodePointOffsetsToUtf16()
    {
        var text = "\U0001F600 Putin spoke.";

        var article = new BratDocument(text, "T1\tPerson 2 7\tPutin\n").ToArticle().Value;

        article.Actors.Single().Mentions.Single().Span.Should().Be(new TextSpan(3, 5));
    }

    [Theory]
    [InlineData("T1\tPerson 0 6\n", 1, "three tab-separated fields")]
    [InlineData("T1\tPerson 0 6\tPeskov\nT2\tPerson 0 x\tPeskov\n", 2, "'0 x' is not a pair of offsets")]
    [InlineData("T1\tPerson 0 600\tPeskov\n", 1, "outside the text")]
    [InlineData("T1\tPerson 0 6\tPutin\n", 1, "differs from the text at its offsets")]
    [InlineData("T1\tPerson 0 6\tPeskov\nT1\tPerson 0 6\tPeskov\n", 2, "duplicate id T1")]
    [InlineData("\nX1\tsomething\n", 2, "unknown annotation id 'X1'")]
    [InlineData("T1\tContent 0 6\tPeskov\nE1\tAttribution:T9 Content:T1\n", 2, "refers to T9")]
    [InlineData("E1\tAttribution\n", 1, "'Attribution' is not 'Role:Id'")]
    [InlineData("T1\tPerson 0 6\tPeskov\nA1\tMentionKind T1 Nickname\n", 2, "MentionKind has no value 'Nickname'")]
    public void ToArticle_MalformedLine_IsErrorNamingTheLine(string ann, int line, string message)
    {
        var result = new BratDocument(Text, ann).ToArticle();

        result.Success.Should().BeFalse();
        result.Error!.Line.Should().Be(line);
        result.Error.Message.Should().Contain(message);
        result.Error.ToString().Should().StartWith($"line {line}: ");
    }

    private static string SeedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seed = Path.Combine(dir.FullName, "seeds", "000_ed9b2998fb345c7b.txt");
            if (File.Exists(seed))
            {
                return seed;
            }
        }

        throw new InvalidOperationException("seeds/000_ed9b2998fb345c7b.txt not found above the test assembly.");
    }
}
