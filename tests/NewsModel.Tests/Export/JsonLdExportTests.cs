using System.Text.Json;

using NewsModel.Export;

namespace NewsModel.Tests.Export;

public class JsonLdExportTests
{
    private static List<JsonElement> Graph() =>
        ExportSamples.Parse(JsonLdExport.SerializeToUtf8Bytes(ExportSamples.Article)).Array("@graph").ToList();

    [Fact]
    public void Serialize_Article_IsNewsArticleWithHeadlineDateAndBody()
    {
        var root = ExportSamples.Parse(JsonLdExport.SerializeToUtf8Bytes(ExportSamples.Article));
        var article = root.Array("@graph").Single(n => n.Str("@type") == "NewsArticle");

        root.Str("@context").Should().Be("https://schema.org");
        article.Str("@id").Should().Be("urn:newsmodel:sample");
        article.Str("headline").Should().Be("Putin and Maduro meet in Moscow");
        article.Str("datePublished").Should().Be("2019-09-25");
        article.Str("articleBody").Should().Contain("\"We support the dialogue with the opposition,\" Putin said.");
    }

    [Fact]
    public void Serialize_Actors_AreTypedNodesThatAboutAndMentionsReferTo()
    {
        var graph = Graph();
        var article = graph.Single(n => n.Str("@type") == "NewsArticle");
        var nodes = graph.Where(n => n.Str("@id") is not null).ToDictionary(n => n.Str("@id")!);

        var references = article.Array("about").Concat(article.Array("mentions")).Select(r => r.Str("@id")!).ToList();

        references.Should().HaveCount(ExportSamples.Article.Actors.Count).And.OnlyHaveUniqueItems();
        references.Should().OnlyContain(id => nodes.ContainsKey(id));
        nodes["urn:newsmodel:actor:vladimir-putin"].Str("@type").Should().Be("Person");
        nodes["urn:newsmodel:actor:russia"].Str("@type").Should().Be("Country");
        nodes["urn:newsmodel:actor:kremlin"].Str("@type").Should().Be("Organization");
        article.Array("about").Select(r => r.Str("@id")).Should().Contain("urn:newsmodel:actor:vladimir-putin");
        article.Array("mentions").Select(r => r.Str("@id")).Should().Contain("urn:newsmodel:actor:beijing");
    }

    [Fact]
    public void Serialize_Quotes_AreQuotationsOfTheirSpeakerInTheArticle()
    {
        var graph = Graph();

        var quotations = graph.Where(n => n.Str("@type") == "Quotation").ToList();

        quotations.Should().HaveCount(ExportSamples.Article.Quotes.Count);
        var putin = quotations.Single(q => q.Str("text") == "We support the dialogue with the opposition,");
        putin.GetProperty("creator").Str("@id").Should().Be("urn:newsmodel:actor:vladimir-putin");
        putin.GetProperty("spokenByCharacter").Str("@id").Should().Be("urn:newsmodel:actor:vladimir-putin");
        putin.GetProperty("isPartOf").Str("@id").Should().Be("urn:newsmodel:sample");
    }

    [Fact]
    public void Serialize_ArticleWithUrl_UsesUrlAsId()
    {
        var article = ExportSamples.Article with { Url = "https://example.com/news/talks" };

        var graph = ExportSamples.Parse(JsonLdExport.SerializeToUtf8Bytes(article)).Array("@graph").ToList();

        graph.Single(n => n.Str("@type") == "NewsArticle").Str("@id").Should().Be("https://example.com/news/talks");
        graph.Where(n => n.Str("@type") == "Quotation").Should().OnlyContain(q => q.Str("@id")!.StartsWith("https://example.com/news/talks#q", StringComparison.Ordinal));
    }
}
