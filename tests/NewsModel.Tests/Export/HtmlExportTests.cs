using System.Text.RegularExpressions;

using NewsModel.Export;
using NewsModel.Model;

namespace NewsModel.Tests.Export;

public class HtmlExportTests
{
    [Fact]
    public void Serialize_Article_IsSelfContainedPage()
    {
        var html = HtmlExport.Serialize(ExportSamples.Article);

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<style>").And.EndWith("</html>\n");
        html.Should().NotContain("<script").And.NotContain("<link").And.NotContain("src=").And.NotContain("http");
        html.Should().Contain("<title>Putin and Maduro meet in Moscow</title>");
    }

    [Fact]
    public void Serialize_Quotes_AreHighlightedInTheirSpeakersColour()
    {
        var article = ExportSamples.Read(
            "Talks\n\n\"We agree,\" Putin said. \"We differ,\" Maduro said. \"We will talk again,\" Putin said.\n");
        article.Quotes.Select(q => q.Speaker?.Value).Should().Equal("vladimir-putin", "nicolas-maduro", "vladimir-putin");

        var html = HtmlExport.Serialize(article);

        var marks = Regex.Matches(html, "<mark style=\"background:(#[0-9a-f]{6})\"[^>]*>([^<]*)</mark>").Select(m => (Colour: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
        marks.Select(m => m.Text).Should().Equal("We agree,", "We differ,", "We will talk again,");
        marks[0].Colour.Should().Be(marks[2].Colour).And.NotBe(marks[1].Colour);
    }

    [Fact]
    public void Serialize_MarkupInText_IsEncoded()
    {
        var article = ExportSamples.Read("A <b>bold</b> & \"odd\" headline\n\n<script>alert('x')</script> Putin said.\n");

        var html = HtmlExport.Serialize(article);

        html.Should().NotContain("<script>").And.NotContain("<b>bold");
        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").And.Contain("A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;odd&quot; headline");
    }

    [Fact]
    public void Serialize_Actors_AreListedWithTheirMentions()
    {
        var html = HtmlExport.Serialize(ExportSamples.Article);

        var maduro = ExportSamples.Article.Actors.Single(a => a.Id.Value == "nicolas-maduro");
        var row = Regex.Match(html, "<tr><td>Nicolas Maduro.*?</tr>").Value;
        foreach (var mention in maduro.Mentions)
        {
            row.Should().Contain(mention.Text + " <span class=\"kind\">(" + mention.Kind.ToString().ToLowerInvariant() + ", " + mention.Span.Start + ")");
        }
    }

    [Fact]
    public void Serialize_Timeline_ListsDatedEventsInDateOrderBeforeUndatedOnes()
    {
        var html = HtmlExport.Serialize(ExportSamples.Article);
        var timeline = html[html.IndexOf("<h2>Timeline</h2>", StringComparison.Ordinal)..];

        var rows = Regex.Matches(timeline, "<td class=\"date\"(?: data-start=\"([0-9-]+)\")?>([^<]*)</td>")
            .Select(m => (Start: m.Groups[1].Value, When: m.Groups[2].Value)).ToList();

        rows.Should().HaveCount(ExportSamples.Article.Events.Count);
        var dated = rows.TakeWhile(r => r.Start.Length > 0).ToList();
        dated.Select(r => r.Start).Should().NotBeEmpty().And.BeInAscendingOrder(StringComparer.Ordinal);
        rows.Skip(dated.Count).Should().OnlyContain(r => r.When == "undated" && r.Start.Length == 0);
        dated.Select(r => r.When).Should().Contain("2019-09-25 (Wednesday)").And.Contain("2020-03 (March)");
    }

    [Fact]
    public void Serialize_EmptyArticle_SaysThereIsNothing()
    {
        var html = HtmlExport.Serialize(new Article(new ArticleId("empty"), string.Empty));

        html.Should().Contain("No quotes.").And.Contain("No actors.").And.Contain("No events.");
    }
}
