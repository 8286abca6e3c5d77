using System.Text.Json;

using NewsModel.Export;
using NewsModel.Model;

namespace NewsModel.Tests.Export;

public class NinjsExportTests
{
    // The top-level properties that ninjs 3.1 defines; its schema allows no others.
    private static readonly HashSet<string> NinjsProperties =
    [
        "uri", "type", "representationType", "profile", "version", "firstCreated", "versionCreated", "contentCreated",
        "embargoedUntil", "pubStatus", "urgency", "copyrightHolder", "copyrightNotice", "usageTerms", "edNote", "language",
        "descriptions", "bodies", "headlines", "people", "organisations", "places", "subjects", "events", "eventDetails",
        "plannedCoverage", "objects", "infoSources", "title", "by", "slugline", "located", "renditions", "associations",
        "altIds", "trustIndicators", "standard", "genres", "expires", "rightsInfo", "digitalSourceType",
    ];

    private static JsonElement Ninjs(Article article) => ExportSamples.Parse(NinjsExport.SerializeToUtf8Bytes(article));

    [Fact]
    public void Serialize_Article_HasUriHeadlineSummaryBodyAndDates()
    {
        var ninjs = Ninjs(ExportSamples.Article);

        ninjs.Str("uri").Should().Be("urn:newsmodel:sample");
        ninjs.GetProperty("standard").Str("version").Should().Be("3.1");
        ninjs.Array("headlines").Should().ContainSingle().Which.Str("value").Should().Be("Putin and Maduro meet in Moscow");
        var body = ninjs.Array("bodies").Single();
        body.Str("value").Should().StartWith("Venezuelan president visits").And.Contain("ally.\n\nMOSCOW").And.NotContain("Putin and Maduro meet");
        body.GetProperty("charCount").GetInt32().Should().Be(body.Str("value")!.Length);
        ninjs.Str("firstCreated").Should().Be("2019-09-25T00:00:00Z");
        ninjs.Str("versionCreated").Should().Be("2019-09-25T00:00:00Z");
    }

    [Fact]
    public void Serialize_Standfirst_IsSummaryDescription()
    {
        var standfirst = new TextSegment("Venezuelan president visits Russia for talks with his ally.", new TextSpan(33, 59));
        var article = ExportSamples.Article with { Standfirst = standfirst };

        var ninjs = Ninjs(article);

        var description = ninjs.Array("descriptions").Should().ContainSingle().Subject;
        description.Str("role").Should().Be("summary");
        description.Str("value").Should().Be(standfirst.Text);
    }

    [Fact]
    public void Serialize_Article_UsesOnlyNinjsProperties()
    {
        var ninjs = Ninjs(ExportSamples.Article);

        ninjs.EnumerateObject().Select(p => p.Name).Should().OnlyContain(name => NinjsProperties.Contains(name));
        foreach (var association in ninjs.Array("associations"))
        {
            association.EnumerateObject().Select(p => p.Name).Should().OnlyContain(name => NinjsProperties.Contains(name) || name == "name" || name == "rel");
        }
    }

    [Fact]
    public void Serialize_Actors_AreListedByKindWithTheirIds()
    {
        var article = ExportSamples.Article;
        var ninjs = Ninjs(article);

        foreach (var actor in article.Actors)
        {
            var list = actor.Kind switch
            {
                ActorKind.Person => "people",
                ActorKind.Organization or ActorKind.Group => "organisations",
                _ => "places",
            };
            ninjs.Array(list).Should().Contain(e => e.Str("literal") == actor.Id.Value && e.Str("name") == actor.Name, "{0} is a {1}", actor.Id, actor.Kind);
        }

        ninjs.Array("people").Single(p => p.Str("literal") == "vladimir-putin").Str("rel").Should().Be("about");
        ninjs.Array("places").Single(p => p.Str("literal") == "beijing").Str("rel").Should().Be("mentions");
    }

    [Fact]
    public void Serialize_Quotes_AreAssociationsWithSpeakerAndCue()
    {
        var article = ExportSamples.Article;
        var ninjs = Ninjs(article);

        var associations = ninjs.Array("associations").ToList();
        associations.Should().HaveCount(article.Quotes.Count);
        var putin = associations.Single(a => a.Array("bodies").Single().Str("value") == "We support the dialogue with the opposition,");
        putin.Str("rel").Should().Be("quote");
        putin.Str("uri").Should().Be("urn:newsmodel:sample#q1");
        putin.Str("by").Should().Be("Vladimir Putin");
        putin.Array("people").Single().Str("rel").Should().Be("speaker");
        putin.Array("descriptions").Should().Contain(d => d.Str("role") == "cue" && d.Str("value") == "said");
    }

    [Fact]
    public void Serialize_Events_HaveIdNameRelAndCameo()
    {
        var article = ExportSamples.Article;
        var ninjs = Ninjs(article);

        var events = ninjs.Array("events").ToList();
        events.Select(e => e.Str("id")).Should().Equal(article.Events.Select(e => e.Id.Value));
        var first = article.Events[0];
        events[0].Str("name").Should().Be(first.Trigger.Text);
        events[0].Str("rel").Should().Be("about");
        events[0].Str("literal").Should().Contain("CAMEO " + first.Cameo);
    }

    [Fact]
    public void Serialize_NoPublicationDate_LeavesDatesOut()
    {
        var article = ExportSamples.Article with { Published = null };

        var ninjs = Ninjs(article);

        ninjs.TryGetProperty("firstCreated", out _).Should().BeFalse();
        ninjs.TryGetProperty("versionCreated", out _).Should().BeFalse();
    }
}
