using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

using FsCheck.Xunit;

using NewsModel.Export;
using NewsModel.Model;
using NewsModel.Tests.Serialization;

namespace NewsModel.Tests.Export;

/// <summary>The exports on generated articles full of hostile text (CRLF, U+2028, tabs, astral characters, markup).</summary>
[Properties(Arbitrary = [typeof(ArticleGenerators)], MaxTest = 150)]
public class ExportProperties
{
    [Property]
    public void BratToArticle_AnyWrittenDocument_ReadsBackWithoutError(Article article)
    {
        var document = BratDocument.FromArticle(article);

        var read = document.ToArticle(article.Id);

        read.Success.Should().BeTrue(read.Error?.ToString());
        read.Value.Text.Should().Be(article.Text);
        // A quote is kept unless its content is empty or only line breaks, and its span can only shrink
        // (brat fragments leave line breaks out).
        var shown = article.Quotes.Count(q => article.Text.AsSpan(q.Span.Start, q.Span.Length).IndexOfAnyExcept('\n', '\r') >= 0);
        read.Value.Quotes.Should().HaveCount(shown);
        foreach (var quote in read.Value.Quotes)
        {
            article.Quotes.Should().Contain(o => o.Span.Contains(quote.Span));
        }
    }

    [Property]
    public void BratFromArticle_AnyArticle_WritesOnlyWellFormedLines(Article article)
    {
        var annotations = BratDocument.FromArticle(article).Annotations;

        foreach (var line in annotations.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            line.Should().MatchRegex(@"^(T\d+\t[A-Za-z-]+ \d+ \d+(;\d+ \d+)*\t[^\t\r]*|E\d+\t[A-Za-z-]+:T\d+( [A-Za-z]+:T\d+)+|A\d+\t[A-Za-z]+ [TE]\d+ [A-Za-z]+|\*\tCoreference( T\d+)+|#\d+\tAnnotatorNotes T\d+\t[^\t\r]*)$");
        }
    }

    [Property]
    public void HtmlSerialize_AnyArticle_ShowsTheExactTextOnce(Article article)
    {
        var html = HtmlExport.Serialize(article);

        var start = html.IndexOf("<div class=\"text\">", StringComparison.Ordinal) + "<div class=\"text\">".Length;
        var end = html.IndexOf("</div>\n<h2>Quotes</h2>", StringComparison.Ordinal);
        var shown = WebUtility.HtmlDecode(Regex.Replace(html[start..end], "<[^>]*>", string.Empty));
        shown.Should().Be(article.Text);
        html.Should().NotContain("<script");
    }

    [Property]
    public void NinjsAndJsonLd_AnyArticle_AreJsonObjects(Article article)
    {
        using var ninjs = JsonDocument.Parse(NinjsExport.SerializeToUtf8Bytes(article));
        using var jsonLd = JsonDocument.Parse(JsonLdExport.SerializeToUtf8Bytes(article));

        Uri.TryCreate(ninjs.RootElement.GetProperty("uri").GetString(), UriKind.Absolute, out _).Should().BeTrue();
        jsonLd.RootElement.GetProperty("@graph").GetArrayLength().Should().Be(1 + article.Actors.Count + article.Quotes.Count);
    }
}
