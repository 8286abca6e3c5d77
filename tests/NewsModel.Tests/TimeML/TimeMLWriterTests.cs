using System.Net;
using System.Text.RegularExpressions;

using NewsModel.Model;
using NewsModel.TimeML;

namespace NewsModel.Tests.TimeML;

public sealed partial class TimeMLWriterTests
{
    private static Article Tagged(TimeMLDocument document)
        => new NewsPipelineBuilder().UseTimes().Build().Read(document.Text, document.ToReadOptions());

    // What the scorer does: the TEXT element's content with tags stripped and entities unescaped.
    private static string PlainText(string xml)
    {
        var body = TextElement().Match(xml).Groups[1].Value;
        return WebUtility.HtmlDecode(AnyTag().Replace(body, string.Empty));
    }

    [Fact]
    public void Write_TaggedArticle_KeepsThePlainTextTheScorerSees()
    {
        var document = TimeMLDocument.Parse(TimeMLSamples.Simple).Value;

        var written = TimeMLWriter.Write(document, Tagged(document));

        PlainText(written).Should().Be(PlainText(TimeMLSamples.Simple));
        TimeMLDocument.Parse(written).Success.Should().BeTrue();
    }

    [Fact]
    public void Write_TaggedArticle_InsertsOurTagsAndRemovesTheGoldOnes()
    {
        var document = TimeMLDocument.Parse(TimeMLSamples.Simple).Value;

        var written = TimeMLWriter.Write(document, Tagged(document));

        var text = TextElement().Match(written).Groups[1].Value;
        text.Should().Contain("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-13\">Friday</TIMEX3>");
        text.Should().Contain("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-01\">January</TIMEX3>");
        text.Should().NotContain("EVENT").And.NotContain("SIGNAL").And.NotContain("tid=\"t0\"");
        text.Should().Contain("AT&amp;T").And.Contain("&gt; 5%").And.Contain("&#233;t&#xE9;");
    }

    [Fact]
    public void Write_TaggedArticle_KeepsEverythingOutsideTextAsRead()
    {
        var document = TimeMLDocument.Parse(TimeMLSamples.Simple).Value;

        var written = TimeMLWriter.Write(document, Tagged(document));

        var before = TimeMLSamples.Simple[..(TimeMLSamples.Simple.IndexOf("<TEXT>", StringComparison.Ordinal) + 6)];
        var after = TimeMLSamples.Simple[TimeMLSamples.Simple.IndexOf("</TEXT>", StringComparison.Ordinal)..];
        written.Should().StartWith(before).And.EndWith(after);
    }

    [Fact]
    public void Write_ValueAndMod_AreEscapedAndNamed()
    {
        var document = TimeMLDocument.Parse("<TimeML><TEXT>early May</TEXT></TimeML>").Value;
        var time = new TimeExpression(new TimeId("t1"), "early May", new TextSpan(0, 9), TimeType.Date, "a\"<b") { Mod = TimeMod.Start };

        var written = TimeMLWriter.Write(document, [time]);

        written.Should().Be("<TimeML><TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"a&quot;&lt;b\" mod=\"START\">early May</TIMEX3></TEXT></TimeML>");
    }

    [Fact]
    public void Write_SpanAfterEntity_LandsOnTheRightCharacters()
    {
        var document = TimeMLDocument.Parse("<TimeML><TEXT>A&amp;B rose in 1998.</TEXT></TimeML>").Value;

        var written = TimeMLWriter.Write(document, Tagged(document));

        written.Should().Be("<TimeML><TEXT>A&amp;B rose in <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998\">1998</TIMEX3>.</TEXT></TimeML>");
    }

    [GeneratedRegex("<TEXT>(.*)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex("<[^>]{0,500}>")]
    private static partial Regex AnyTag();
}
