using NewsModel.Export;
using NewsModel.Model;

namespace NewsModel.Tests.Export;

public class BratWriterTests
{
    private static string[][] Lines(string annotations) =>
        annotations.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToArray();

    [Fact]
    public void FromArticle_Article_TextIsArticleTextExactly()
    {
        BratDocument.FromArticle(ExportSamples.Article).Text.Should().Be(ExportSamples.Text);
    }

    [Fact]
    public void FromArticle_EveryTextBoundAnnotation_HasTheTextAtItsOffsets()
    {
        var document = BratDocument.FromArticle(ExportSamples.Article);

        var textBound = Lines(document.Annotations).Where(l => l[0].StartsWith('T')).ToList();

        textBound.Should().NotBeEmpty();
        foreach (var line in textBound)
        {
            var fragments = line[1][(line[1].IndexOf(' ', StringComparison.Ordinal) + 1)..].Split(';')
                .Select(f => f.Split(' ').Select(int.Parse).ToArray())
                .Select(b => document.Text[b[0]..b[1]]);
            line[2].Should().Be(string.Join(' ', fragments), "line {0}", string.Join('\t', line));
        }
    }

    [Fact]
    public void FromArticle_AttributedQuote_IsSourceCueContentEventAsInPolNeAR()
    {
        var document = BratDocument.FromArticle(ExportSamples.Article);
        var lines = Lines(document.Annotations);
        var byId = lines.Where(l => l[0].StartsWith('T')).ToDictionary(l => l[0]);

        var events = lines.Where(l => l[0].StartsWith('E')).ToList();

        events.Should().HaveCount(ExportSamples.Article.Quotes.Count);
        var roles = events[0][1].Split(' ').Select(a => a.Split(':')).ToDictionary(a => a[0], a => byId[a[1]]);
        roles.Keys.Should().Equal("Attribution", "Content", "Cue", "Source");
        roles["Content"][2].Should().Be("We support the dialogue with the opposition,");
        roles["Cue"][2].Should().Be("said");
        roles["Source"][2].Should().Be("Putin");
        roles["Attribution"][1].Should().Be(roles["Cue"][1].Replace("Cue", "Attribution", StringComparison.Ordinal));
    }

    [Fact]
    public void FromArticle_Actors_AreEntitiesOfTheirKindJoinedByCoreference()
    {
        var document = BratDocument.FromArticle(ExportSamples.Article);
        var lines = Lines(document.Annotations);

        var persons = lines.Where(l => l[0].StartsWith('T') && l[1].StartsWith("Person ", StringComparison.Ordinal)).ToList();
        var maduro = ExportSamples.Article.Actors.Single(a => a.Id.Value == "nicolas-maduro");

        persons.Select(l => l[2]).Should().Contain(maduro.Mentions.Select(m => m.Text));
        lines.Where(l => l[0] == "*").Select(l => l[1]).Should().Contain(c => c.StartsWith("Coreference ", StringComparison.Ordinal));
        lines.Where(l => l[0].StartsWith('#')).Select(l => l[2]).Should().Contain("id: nicolas-maduro; name: Nicolas Maduro; roles: president");
    }

    [Fact]
    public void FromArticle_SpanAcrossLineBreak_IsWrittenAsFragments()
    {
        var text = "First line\nsecond line";
        var article = new Article(new ArticleId("a"), text)
        {
            Quotes = [new Quote(new QuoteId("q1"), QuoteKind.Indirect, text, new TextSpan(0, text.Length))],
        };

        var annotations = BratDocument.FromArticle(article).Annotations;

        annotations.Should().Contain("Content 0 10;11 22\tFirst line second line");
    }

    [Fact]
    public void FromArticle_CharacterOutsideBmp_CountsCodePoints()
    {
        var text = "\U0001F600 Putin spoke.";
        var article = new Article(new ArticleId("a"), text)
        {
            Actors = [new Actor(new ActorId("putin"), "Putin", ActorKind.Person) { Mentions = [new Mention("Putin", new TextSpan(3, 5))] }],
        };

        var annotations = BratDocument.FromArticle(article).Annotations;

        annotations.Should().StartWith("T1\tPerson 2 7\tPutin\n");
    }
}
