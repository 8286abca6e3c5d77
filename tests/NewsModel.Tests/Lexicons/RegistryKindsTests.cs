using NewsModel.Events;
using NewsModel.Lexicons;
using NewsModel.Model;

namespace NewsModel.Tests.Lexicons;

// Word classes and event triggers are lexicon kinds like the others: read by the one loader, in
// the same line format, with the same errors, and replaceable through the builder.
public class Add_EventTriggers_ReachTheEventStage
{
    private const string Text = "Weekly news digest\n\nFrance paid a courtesy call on Germany in Berlin.\n";

    [Fact]
    public void AFormOfOnesOwn_IsAnEventWithItsCode()
    {
        var lexicons = LexiconSet.CreateBuilder()
            .Add(LexiconKind.EventTriggers, "043 | paid a courtesy call on", "my-triggers.txt")
            .Build();
        var pipeline = new NewsPipelineBuilder().UseDefaults().Build();
        var builder = new NewsPipelineBuilder().UseDefaults();
        builder.Stages.Replace<EventStage>(new EventStage(lexicons));

        var mine = builder.Build().Read(Text);
        var embedded = pipeline.Read(Text);

        embedded.Events.Should().NotContain(e => e.Trigger.Text == "paid a courtesy call on");
        var found = mine.Events.Should().ContainSingle(e => e.Trigger.Text == "paid a courtesy call on").Subject;
        found.Cameo.Should().Be("043");
        found.Type.Should().Be(EventType.Consult);
    }

    [Fact]
    public void ALineWithTheSameFirstForm_ReplacesTheEmbeddedOne()
    {
        var lexicons = LexiconSet.CreateBuilder()
            .Add(LexiconKind.EventTriggers, "111 | held talks", "my-triggers.txt")
            .Build();
        var builder = new NewsPipelineBuilder().UseDefaults();
        builder.Stages.Replace<EventStage>(new EventStage(lexicons));

        var article = builder.Build().Read("Weekly news digest\n\nFrance and Germany held talks in Paris.\n");

        article.Events.Should().ContainSingle(e => e.Trigger.Text == "held talks").Which.Cameo.Should().Be("111");
    }

    [Fact]
    public void ABadCode_NamesTheFileAndLine()
    {
        var add = () => LexiconSet.CreateBuilder().Add(LexiconKind.EventTriggers, "# mine\n999 | frobbed", "my-triggers.txt");

        add.Should().Throw<NewsModelException>().WithMessage("*my-triggers.txt: '999' is neither a CAMEO code*")
            .Which.Error.Line.Should().Be(2);
    }
}

public class Add_WordClasses_ReplacesTheClass
{
    [Fact]
    public void ALineOfOnesOwn_GivesTheClassItsWords()
    {
        var lexicons = LexiconSet.CreateBuilder()
            .Add(LexiconKind.WordClasses, "pronoun-male | he; him; his; himself; hisself", "my-classes.txt")
            .Build();

        lexicons.WordClasses.Is("hisself", WordClass.PronounMale).Should().BeTrue();
        LexiconSet.Default.WordClasses.Is("hisself", WordClass.PronounMale).Should().BeFalse();
        lexicons.WordClasses.Is("she", WordClass.PronounFemale).Should().BeTrue("the other classes stay");
    }

    [Fact]
    public void ALineOfOnesOwn_ReplacesTheWholeList()
    {
        var lexicons = LexiconSet.CreateBuilder()
            .Add(LexiconKind.WordClasses, "pronoun-male | he", "my-classes.txt")
            .Build();

        lexicons.WordClasses.Is("him", WordClass.PronounMale).Should().BeFalse();
    }

    [Theory]
    [InlineData("pronoun-mal | he", "unknown word class 'pronoun-mal'")]
    [InlineData("none | he", "unknown word class 'none'")]
    [InlineData("third-person-pronoun | he", "unknown word class 'third-person-pronoun'")]
    [InlineData("pronoun-male |", "column 2 (words) is empty")]
    [InlineData("pronoun-male", "expected 2 columns separated by ' | ', found 1")]
    public void AMalformedLine_NamesTheFileAndTheProblem(string line, string problem)
    {
        var builder = LexiconSet.CreateBuilder();

        builder.TryAdd(LexiconKind.WordClasses, line, "my-classes.txt", out var error).Should().BeFalse();

        error!.Message.Should().Be("my-classes.txt: " + problem);
        error.Line.Should().Be(1);
    }

    [Fact]
    public void TheEmbeddedSet_RebuiltFromItsEntries_HasTheSameClasses()
    {
        var rebuilt = LexiconSet.Default.ToBuilder().Build();

        rebuilt.WordClasses.All.Should().BeEquivalentTo(LexiconSet.Default.WordClasses.All);
        rebuilt.EventTriggers.Lines.Should().Equal(LexiconSet.Default.EventTriggers.Lines);
    }
}

public class Add_WordClasses_ReachTheEventStage
{
    private const string Text = "Weekly news digest\n\nFrance reportedly held talks with Germany.\n";

    [Fact]
    public void AWordOfOnesOwnForASupposition_MakesTheEventHypothetical()
    {
        var lexicons = LexiconSet.CreateBuilder()
            .Add(LexiconKind.WordClasses, "hypothetical-word | would; could; might; may; if; unless; should; reportedly", "my-classes.txt")
            .Build();
        var builder = new NewsPipelineBuilder().UseDefaults();
        builder.Stages.Replace<EventStage>(new EventStage(lexicons));

        var mine = builder.Build().Read(Text).Events.Single(e => e.Trigger.Text == "held talks");
        var embedded = NewsPipeline.Default.Read(Text).Events.Single(e => e.Trigger.Text == "held talks");

        embedded.Modality.Should().Be(Modality.Asserted);
        mine.Modality.Should().Be(Modality.Hypothetical);
    }
}

public class Add_Abbreviations_ReachTheSentencesAndTokens
{
    private const string Text = "Weekly news digest\n\nThe motion was moved by Cllr. Jane Holt in the chamber. She said the exercise went well.\n";

    private static Article Read(LexiconSet lexicons)
    {
        var builder = new NewsPipelineBuilder().UseDefaults();
        builder.Stages.Replace<NewsModel.Layout.SentenceStage>(new NewsModel.Layout.SentenceStage(lexicons));
        return builder.Build().Read(Text, new ReadOptions { KeepTokens = true });
    }

    [Fact]
    public void AnAbbreviationOfOnesOwn_DoesNotEndTheSentence()
    {
        var embedded = Read(LexiconSet.Default);
        var mine = Read(LexiconSet.CreateBuilder().Add(LexiconKind.Abbreviations, "Cllr.", "my-abbreviations.txt").Build());

        embedded.Sentences.Select(s => embedded.Text[s.Span.Start..s.Span.End]).Should().Contain("The motion was moved by Cllr.");
        mine.Sentences.Select(s => mine.Text[s.Span.Start..s.Span.End]).Should().Contain("The motion was moved by Cllr. Jane Holt in the chamber.");
        mine.Tokens.Select(t => mine.Text[t.Span.Start..t.Span.End]).Should().Contain("Cllr.", "the token keeps its full stop");
    }

    [Fact]
    public void AMayEndAbbreviation_EndsTheSentenceBeforeACapitalisedOpener()
    {
        const string text = "Weekly news digest\n\nShe spoke to the Cllr. The motion passed. He stayed with Cllr. Holt.\n";
        var lexicons = LexiconSet.CreateBuilder().Add(LexiconKind.Abbreviations, "Cllr. | may-end", "my-abbreviations.txt").Build();
        var builder = new NewsPipelineBuilder().UseLayout();
        builder.Stages.Add(new NewsModel.Layout.SentenceStage(lexicons));

        var article = builder.Build().Read(text);

        article.Sentences.Select(s => article.Text[s.Span.Start..s.Span.End]).Should().Contain(["She spoke to the Cllr.", "The motion passed.", "He stayed with Cllr. Holt."]);
    }

    [Theory]
    [InlineData("Cmdr", "'Cmdr' is not one word ending with a full stop")]
    [InlineData("Cmdr. | sometimes", "unknown mark 'sometimes' (expected may-end or nothing)")]
    public void AMalformedLine_NamesTheFileAndTheProblem(string line, string problem)
    {
        LexiconSet.CreateBuilder().TryAdd(LexiconKind.Abbreviations, line, "my-abbreviations.txt", out var error).Should().BeFalse();

        error!.Message.Should().Be("my-abbreviations.txt: " + problem);
    }
}

public class Add_TimeWordsAndHolidays_ReachTheTimeStage
{
    private static readonly ReadOptions Published = new() { Published = new NodaTime.LocalDate(2024, 3, 10) };

    private static Article Read(LexiconSet lexicons, string paragraph)
    {
        var builder = new NewsPipelineBuilder().UseDefaults();
        builder.Stages.Replace<NewsModel.Times.TimeStage>(new NewsModel.Times.TimeStage(NewsModel.Times.TimeOptions.Default, lexicons));
        return builder.Build().Read("Weekly news digest\n\n" + paragraph + "\n", Published);
    }

    [Fact]
    public void AMonthNameOfOnesOwn_IsADate()
    {
        var lexicons = LexiconSet.CreateBuilder().Add(LexiconKind.TimeWords, "month | janvier | 1", "my-time-words.txt").Build();

        var mine = Read(lexicons, "The talks resume on 5 Janvier 2025.");
        var embedded = Read(LexiconSet.Default, "The talks resume on 5 Janvier 2025.");

        mine.Times.Should().ContainSingle(t => t.Value == "2025-01-05");
        embedded.Times.Should().NotContain(t => t.Value == "2025-01-05");
    }

    [Fact]
    public void AHolidayOfOnesOwn_IsDatedByItsRule()
    {
        var lexicons = LexiconSet.CreateBuilder().Add(LexiconKind.Holidays, "nth:05:1:1 | founders ' day", "my-holidays.txt").Build();

        var article = Read(lexicons, "The parade will be held on Founders' Day.");

        article.Times.Should().ContainSingle(t => t.Text == "Founders' Day").Which.Value.Should().Be("2024-05-06");
    }

    [Theory]
    [InlineData(LexiconKind.TimeWords, "monthly | janvier | 1", "unknown kind 'monthly' (expected month, weekday, number, ordinal, unit, season, partofday, dayref, ref, mod, set)")]
    [InlineData(LexiconKind.TimeWords, "month | Janvier | 1", "'Janvier' is not one lower-case word")]
    [InlineData(LexiconKind.Holidays, "13-01 | new holiday", "unknown rule '13-01'*")]
    [InlineData(LexiconKind.Holidays, "02-30 | new holiday", "unknown rule '02-30'*")]
    [InlineData(LexiconKind.Holidays, "02-29 | leap day", "unknown rule '02-29'*")]
    public void AMalformedLine_NamesTheFileAndTheProblem(LexiconKind kind, string line, string problem)
    {
        LexiconSet.CreateBuilder().TryAdd(kind, line, "mine.txt", out var error).Should().BeFalse();

        error!.Message.Should().Match("mine.txt: " + problem);
        error.Line.Should().Be(1);
    }
}
