using NewsModel.Model;

using NodaTime;

namespace NewsModel.Tests.Times;

public sealed class SeedArticleTests
{
    private static readonly LocalDate Published = new(2019, 9, 25);

    private static string SeedText()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "seeds", "000_ed9b2998fb345c7b.txt");
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        throw new FileNotFoundException("seed article not found above the test directory");
    }

    [Fact]
    public void Read_SeedArticle_FindsExactlyTheEightTimesOfTheReading()
    {
        var article = NewsPipeline.Default.Read(SeedText(), new ReadOptions { Published = Published });

        article.Times.Select(t => (t.Text, t.Value)).Should().Equal(
            ("this week", "2019-W39"),
            ("Wednesday", "2019-09-25"),
            ("January", "2019-01"),
            ("May 2018", "2018-05"),
            ("last year", "2018"),
            ("the summer", "2019-SU"),
            ("June", "2019-06"),
            ("September", "2019-09"));
    }

    [Fact]
    public void Read_SeedArticle_SpansAndIdsAreExact()
    {
        var article = NewsPipeline.Default.Read(SeedText(), new ReadOptions { Published = Published });

        article.Times.Should().NotBeEmpty();
        for (var i = 0; i < article.Times.Count; i++)
        {
            var time = article.Times[i];
            time.Id.Should().Be(new TimeId($"t{i + 1}"));
            article.Slice(time.Span).Should().Be(time.Text);
        }
    }

    [Fact]
    public void Read_WithoutPublicationDate_KeepsUnresolvedForms()
    {
        var article = NewsPipeline.Default.Read(SeedText());

        article.Times.Should().Contain(t => t.Text == "June" && t.Value == "XXXX-06");
        article.Times.Should().Contain(t => t.Text == "May 2018" && t.Value == "2018-05");
        article.Times.Should().OnlyContain(t => t.Start == null || t.Value.StartsWith("2018", StringComparison.Ordinal));
    }
}
