using NewsModel.Model;
using NewsModel.Times.Constructions;

namespace NewsModel.Tests.Times;

public sealed class YearsAndQuartersTests
{
    [Theory]
    [InlineData("It began in 1998.", "1998", true)]
    [InlineData("It began in 1850.", "1850", true)]
    [InlineData("It cost $1990.", "1990", false)]
    [InlineData("It employs 1990 people.", "1990", false)]
    [InlineData("He wrote 1850 letters.", "1850", false)]
    [InlineData("It will end by 2099.", "2099", false)]
    public void TryYear_FourDigits_IsAYearOnlyInAYearsPlace(string text, string words, bool isYear)
    {
        var f = ConstructionFixture.Of(text);

        YearsAndQuarters.TryYear(in f.Cursor, f.At(words), out var core).Should().Be(isYear);

        if (isYear)
        {
            core.Value.Should().Be(words);
        }
    }

    [Theory]
    [InlineData("Revenue for fiscal 2018 fell.", "fiscal 2018", "2018")]
    [InlineData("Revenue for fiscal year 2018 fell.", "fiscal year 2018", "2018")]
    [InlineData("Revenue for fiscal 99 fell.", "fiscal 99", "1999")]
    [InlineData("Revenue for fiscal 03 fell.", "fiscal 03", "2003")]
    [InlineData("Revenue for the fiscal year fell.", "fiscal year", "2019")]
    public void TryFiscal_FiscalYear_GivesTheYear(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        YearsAndQuarters.TryFiscal(in f.Cursor, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("It began in the 1990s.", "1990s", "199")]
    [InlineData("It began in the '90s.", "'90s", "199")]
    [InlineData("It began in the 20th century.", "20th century", "19")]
    public void TryDecade_DecadeOrCentury_GivesItsDigits(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        YearsAndQuarters.TryDecade(in f.Cursor, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Profits fell in the third quarter.", "third quarter", "2019-Q3")]
    [InlineData("Profits fell in the fourth quarter.", "fourth quarter", "2018-Q4")]
    [InlineData("Profits will rise in the fourth quarter.", "fourth quarter", "2019-Q4")]
    [InlineData("Profits fell in the third quarter of 1998.", "third quarter of 1998", "1998-Q3")]
    [InlineData("Profits fell in 1998's first quarter.", "1998's first quarter", "1998-Q1")]
    [InlineData("Profits fell in last year's fiscal second quarter.", "last year's fiscal second quarter", "2018-Q2")]
    [InlineData("Profits fell in the first half of 2018.", "first half of 2018", "2018-H1")]
    [InlineData("Profits fell in the second half.", "second half", "2019-H2")]
    public void TryQuarter_QuarterOrHalf_GivesItsValue(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        YearsAndQuarters.TryQuarter(in f.Cursor, ref f.Story, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
    }

    [Fact]
    public void TryQuarter_ThirdQuarter_IsRememberedForTheStory()
    {
        var f = ConstructionFixture.Of("Profits fell in the third quarter.");

        YearsAndQuarters.TryQuarter(in f.Cursor, ref f.Story, f.At("third"), out _).Should().BeTrue();

        f.Story.LastQuarter.Should().Be((2019, 3));
    }

    [Theory]
    [InlineData("It happened in summer 2018.", "summer 2018", "2018-SU")]
    [InlineData("It happened in the summer of 2018.", "summer of 2018", "2018-SU")]
    [InlineData("It happened over the summer.", "summer", "2019-SU")]
    [InlineData("It happened in the winter.", "winter", "2018-WI")]
    public void TrySeason_Season_GivesItsValue(string text, string words, string value)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        YearsAndQuarters.TrySeason(in f.Cursor, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be(value);
    }

    [Fact]
    public void TrySeason_VerbFall_DoesNotMatch()
    {
        var f = ConstructionFixture.Of("Prices may fall again.");

        YearsAndQuarters.TrySeason(in f.Cursor, f.At("fall"), out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("Sales rose by year-end.", "year-end")]
    [InlineData("Sales rose by year end.", "year end")]
    [InlineData("Sales rose by year's end.", "year's end")]
    public void TryYearEnd_YearEnd_IsThisYearsEnd(string text, string words)
    {
        var f = ConstructionFixture.Of(text);
        var j = f.At(words);

        YearsAndQuarters.TryYearEnd(in f.Cursor, in f.Story, j, out var core).Should().BeTrue();

        f.Covered(j, core).Should().Be(words);
        core.Value.Should().Be("2019");
        core.Mod.Should().Be(TimeMod.End);
    }

    [Fact]
    public void TryYearEnd_YearEarlierAfterAQuarter_IsThatQuarterAYearBefore()
    {
        var f = ConstructionFixture.Of("Sales rose from the year-earlier period.");
        f.Story.RememberQuarter(2019, 3);

        YearsAndQuarters.TryYearEnd(in f.Cursor, in f.Story, f.At("year"), out var core).Should().BeTrue();

        core.Value.Should().Be("2018-Q3");
    }

    [Fact]
    public void TryYearEnd_YearEarlierWithNoQuarter_IsTheYearBefore()
    {
        var f = ConstructionFixture.Of("Sales rose from the year-earlier period.");

        YearsAndQuarters.TryYearEnd(in f.Cursor, in f.Story, f.At("year"), out var core).Should().BeTrue();

        core.Value.Should().Be("2018");
    }
}
