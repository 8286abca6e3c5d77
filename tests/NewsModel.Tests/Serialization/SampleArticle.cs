using NewsModel.Model;

using NodaTime;

namespace NewsModel.Tests.Serialization;

/// <summary>A small hand-built article that uses every part of the model.</summary>
public static class SampleArticle
{
    public const string Text =
        "Putin meets Maduro in Moscow\n" +
        "Talks on oil and debt\n" +
        "\n" +
        "By Jane Doe\n" +
        "Source: Al Jazeera\n" +
        "\n" +
        "MOSCOW (Reuters) - Russian President Vladimir Putin said on Wednesday: \"We support you.\"\n" +
        "He told Nicolas Maduro that Russia would lend $3bn in May 2019.\n";

    public static Article Create()
    {
        var putin = new ActorId("vladimir-putin");
        var maduro = new ActorId("nicolas-maduro");
        var russia = new ActorId("russia");
        var moscow = new ActorId("moscow");
        var wednesday = new TimeId("t1");
        return new Article(new ArticleId("sample"), Text)
        {
            Published = new LocalDate(2019, 9, 25),
            Url = "https://example.org/putin-maduro",
            Headline = Segment("Putin meets Maduro in Moscow"),
            Standfirst = Segment("Talks on oil and debt"),
            Bylines = [Segment("Jane Doe")],
            Dateline = new Dateline("MOSCOW (Reuters) -", Span("MOSCOW (Reuters) -"), Segment("MOSCOW"), Segment("Reuters")),
            Source = Segment("Al Jazeera"),
            Sections = [new Section(null, [new Paragraph(Span("MOSCOW (Reuters) - Russian President Vladimir Putin said on Wednesday: \"We support you.\""))])],
            Sentences = [new Sentence(Span("Putin meets Maduro in Moscow"))],
            Actors =
            [
                new Actor(putin, "Vladimir Putin", ActorKind.Person)
                {
                    Roles = ["president"],
                    Affiliation = russia,
                    Mentions = [new Mention("Vladimir Putin", Span("Vladimir Putin")), new Mention("He", Span("He"), MentionKind.Pronoun)],
                },
                new Actor(maduro, "Nicolas Maduro", ActorKind.Person) { Mentions = [new Mention("Nicolas Maduro", Span("Nicolas Maduro"))] },
                new Actor(russia, "Russia", ActorKind.Country) { Mentions = [new Mention("Russian", Span("Russian"), MentionKind.Demonym)] },
                new Actor(moscow, "Moscow", ActorKind.City) { Affiliation = russia, Mentions = [new Mention("MOSCOW", Span("MOSCOW"))] },
            ],
            Quotes =
            [
                new Quote(new QuoteId("q1"), QuoteKind.Direct, "We support you.", Span("We support you."))
                {
                    Speaker = putin,
                    SpeakerMention = Span("Vladimir Putin"),
                    Cue = Segment("said"),
                    Addressee = maduro,
                },
            ],
            Times =
            [
                new TimeExpression(wednesday, "Wednesday", Span("Wednesday"), TimeType.Date, "2019-09-25")
                {
                    Precision = TimePrecision.Day,
                    Start = new LocalDate(2019, 9, 25),
                    End = new LocalDate(2019, 9, 25),
                },
                new TimeExpression(new TimeId("t2"), "May 2019", Span("May 2019"), TimeType.Date, "2019-05") { Mod = TimeMod.OnOrBefore },
            ],
            Events =
            [
                new Event(new EventId("e1"), EventType.MakeStatement, Segment("said"), Span("Russian President Vladimir Putin said on Wednesday"))
                {
                    Cameo = "01",
                    Participants = [new Participant(putin, ParticipantRole.Agent)],
                    Place = moscow,
                    Time = wednesday,
                },
                new Event(new EventId("e2"), EventType.ProvideAid, Segment("lend"), Span("Russia would lend $3bn"))
                {
                    Cameo = "07",
                    Participants = [new Participant(russia, ParticipantRole.Agent), new Participant(maduro, ParticipantRole.Recipient)],
                    Modality = Modality.NotExpected,
                    Amount = new MoneyAmount("$3bn", Span("$3bn"), 3_000_000_000m, "USD"),
                },
            ],
        };
    }

    public static TextSpan Span(string part)
    {
        var start = Text.IndexOf(part, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"\"{part}\" is not in the sample text.", nameof(part));
        }

        return new TextSpan(start, part.Length);
    }

    public static TextSegment Segment(string part) => new(part, Span(part));
}
