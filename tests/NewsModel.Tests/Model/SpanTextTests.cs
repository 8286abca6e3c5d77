using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Model;

// Mentions and quotes read from an article hold the article's text and make their own string only
// when Text is first asked for: to a user they must behave as records holding that string.
public class SpanTextTests
{
    private const string Text = """
        Talks resume in Lima

        "We will not sign this," Priya Natarajan said on Tuesday. The union's leader, Natarajan, spoke for an hour.
        """;

    private static readonly Article Read = NewsPipeline.Default.Read(Text);

    private static Mention ReadMention => Read.Actors.Single(a => a.Name == "Priya Natarajan").Mentions[0];

    private static Quote ReadQuote => Read.Quotes[0];

    [Fact]
    public void Text_OfAMentionRead_IsTheArticleTextAtItsSpan()
    {
        var mention = ReadMention;

        mention.Text.Should().Be(Text.Substring(mention.Span.Start, mention.Span.Length));
    }

    [Fact]
    public void Equals_MentionReadAndMentionMadeWithTheSameValues_AreEqualWithTheSameHash()
    {
        var read = ReadMention;
        var made = new Mention(Text.Substring(read.Span.Start, read.Span.Length), read.Span, read.Kind);

        read.Should().Be(made);
        made.Should().Be(read);
        read.GetHashCode().Should().Be(made.GetHashCode());
        (read with { Kind = MentionKind.Pronoun }).Should().NotBe(made);
        new Mention("Someone", read.Span, read.Kind).Should().NotBe(read);
    }

    [Fact]
    public void With_AnotherSpan_KeepsTheText()
    {
        var read = ReadMention;
        var text = Text.Substring(read.Span.Start, read.Span.Length);

        var moved = read with { Span = new TextSpan(0, 5) };

        moved.Text.Should().Be(text);
        moved.Span.Should().Be(new TextSpan(0, 5));
        read.Text.Should().Be(text);
    }

    [Fact]
    public void With_AnotherText_TakesIt()
    {
        var renamed = ReadMention with { Text = "Ms Natarajan" };

        renamed.Text.Should().Be("Ms Natarajan");
        renamed.Span.Should().Be(ReadMention.Span);
    }

    [Fact]
    public void Deconstruct_MentionRead_GivesItsValues()
    {
        var (text, span, kind) = ReadMention;

        text.Should().Be("Priya Natarajan");
        span.Should().Be(ReadMention.Span);
        kind.Should().Be(MentionKind.Name);
    }

    [Fact]
    public void Text_OfAQuoteRead_IsTheArticleTextAtItsSpan()
    {
        var quote = ReadQuote;

        quote.Text.Should().Be("We will not sign this,");
        quote.Text.Should().Be(Text.Substring(quote.Span.Start, quote.Span.Length));
    }

    [Fact]
    public void Equals_QuoteReadAndQuoteMadeWithTheSameValues_AreEqual()
    {
        var read = ReadQuote;
        var made = new Quote(read.Id, read.Kind, read.Text, read.Span)
        {
            Speaker = read.Speaker,
            SpeakerMention = read.SpeakerMention,
            Cue = read.Cue,
            Addressee = read.Addressee,
        };

        made.Should().Be(read);
        read.GetHashCode().Should().Be(made.GetHashCode());
        (made with { Speaker = null }).Should().NotBe(read);
        (made with { Text = "We will sign this," }).Should().NotBe(read);

        var (id, kind, text, span) = read;
        (id, kind, text, span).Should().Be((read.Id, read.Kind, read.Text, read.Span));
    }

    [Fact]
    public void Text_OfSegmentsRead_IsTheArticleTextAtTheirSpans()
    {
        var segments = new[] { Read.Headline!, Read.Quotes[0].Cue!, Read.Events[0].Trigger };

        foreach (var segment in segments)
        {
            segment.Text.Should().Be(Text.Substring(segment.Span.Start, segment.Span.Length));
            segment.Should().Be(new TextSegment(segment.Text, segment.Span));
            segment.GetHashCode().Should().Be(new TextSegment(segment.Text, segment.Span).GetHashCode());
        }

        Read.Headline!.Text.Should().Be("Talks resume in Lima");
        (Read.Headline with { Span = new TextSpan(0, 3) }).Text.Should().Be("Talks resume in Lima");
        new TextSegment("Talks resume in Peru", Read.Headline.Span).Should().NotBe(Read.Headline);
    }

    [Fact]
    public void Text_OfATimeRead_IsTheArticleTextAtItsSpan()
    {
        var time = Read.Times.First(t => t.Type == TimeType.Date);
        var made = new TimeExpression(time.Id, time.Text, time.Span, time.Type, time.Value)
        {
            Precision = time.Precision,
            Start = time.Start,
            End = time.End,
            Mod = time.Mod,
        };

        time.Text.Should().Be("Tuesday");
        made.Should().Be(time);
        made.GetHashCode().Should().Be(time.GetHashCode());
        (made with { Value = "XXXX-WXX-3" }).Should().NotBe(time);
        (time with { Span = new TextSpan(0, 2) }).Text.Should().Be("Tuesday");
    }

    [Fact]
    public void Equals_NullTextAndEmptyText_AreNotEqual()
    {
        // As for the positional records these were: string equality tells null from empty.
        var empty = new TextSegment(string.Empty, new TextSpan(0, 0));
        var none = new TextSegment(null!, new TextSpan(0, 0));

        empty.Should().NotBe(none);
        none.Should().Be(new TextSegment(null!, new TextSpan(0, 0)));
    }

    [Fact]
    public void Text_GivenWithASpanOfAnotherLength_IsTheTextGiven()
    {
        // A caller may give a text that is not its span's length (an edited or normalised mention):
        // the text is kept as given, not taken as an article to cut the span from.
        var mention = new Mention("President Vladimir Putin", new TextSpan(3, 5));
        var segment = new TextSegment("said", new TextSpan(0, 2));

        mention.Text.Should().Be("President Vladimir Putin");
        segment.Text.Should().Be("said");
        mention.Should().Be(new Mention("President Vladimir Putin", new TextSpan(3, 5)));
        mention.GetHashCode().Should().Be(new Mention("President Vladimir Putin", new TextSpan(3, 5)).GetHashCode());
        mention.Should().NotBe(new Mention("Putin", new TextSpan(3, 5)));
        (mention with { Span = new TextSpan(0, 24) }).Text.Should().Be("President Vladimir Putin");
    }

    [Fact]
    public void Text_AskedOnManyThreadsAtOnce_IsTheSameTextOnEach()
    {
        for (var round = 0; round < 20; round++)
        {
            var article = NewsPipeline.Default.Read(Text);
            var texts = new string[8];
            Parallel.For(0, texts.Length, i => texts[i] = article.Quotes[0].Text);

            texts.Should().AllBe("We will not sign this,");
        }
    }

    [Fact]
    public void Serialize_ModelRead_ReadsBackEqual()
    {
        var json = ModelJson.Serialize(Read);

        var back = ModelJson.Deserialize(json).Value;

        back.Should().Be(Read);
        back.Actors.SelectMany(a => a.Mentions).Should().Equal(Read.Actors.SelectMany(a => a.Mentions));
    }
}
