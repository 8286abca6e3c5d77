using NewsModel.Model;

namespace NewsModel.Tests.Batching;

public class ParseManyTests
{
    private static readonly string[] Texts =
    [
        "Talks in Moscow\n\nLeaders met in Moscow on Wednesday. \"We made progress,\" Putin said.\n",
        "Trade deal\n\nOfficials met in Paris on Tuesday to discuss trade.\n",
        "Storm\n\nA storm hit Lima on Monday, officials said.\n",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void ParseMany_SeveralArticles_GivesWhatParseGivesInInputOrder(int threads)
    {
        var inputs = Enumerable.Range(0, 12).Select(i => new ArticleInput(Texts[i % 3], new ReadOptions { Id = new ArticleId($"a{i}") })).ToList();

        var results = NewsPipeline.Default.ParseMany(inputs, new BatchOptions { MaxDegreeOfParallelism = threads }).ToList();

        results.Select(r => r.Value).Should().Equal(inputs.Select(i => NewsPipeline.Default.Parse(i.Text, i.Options).Value));
    }

    [Fact]
    public void ParseMany_Progress_IsToldEachResultHandedOut()
    {
        var reports = new List<int>();
        var progress = new SynchronousProgress(reports.Add);

        var results = NewsPipeline.Default.ParseMany(Texts.Select(t => new ArticleInput(t)), new BatchOptions { MaxDegreeOfParallelism = 2, Progress = progress }).ToList();

        results.Should().HaveCount(3);
        reports.Should().Equal(1, 2, 3);
    }

    [Fact]
    public void ParseMany_TooLongArticle_IsAnErrorInItsPlaceAndTheOthersAreRead()
    {
        var inputs = new[] { new ArticleInput(Texts[0]), new ArticleInput("x".PadRight(100, 'x'), new ReadOptions { MaxTextLength = 10 }), new ArticleInput(Texts[1]) };

        var results = NewsPipeline.Default.ParseMany(inputs).ToList();

        results.Select(r => r.Success).Should().Equal(true, false, true);
        results[1].Error!.Message.Should().Contain("longer than the limit");
    }

    [Fact]
    public void ParseMany_Strings_ConvertToInputsWithDefaultOptions()
    {
        IEnumerable<ArticleInput> inputs = [Texts[0], Texts[1]];

        NewsPipeline.Default.ParseMany(inputs).Select(r => r.Value.Text).Should().Equal(Texts[0], Texts[1]);
    }

    [Fact]
    public void ParseMany_NullInputs_ThrowsAtOnce()
    {
        var call = () => NewsPipeline.Default.ParseMany(null!);

        call.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void BatchOptions_ZeroThreads_Throws()
    {
        var make = () => new BatchOptions { MaxDegreeOfParallelism = 0 };

        make.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task ParseManyAsync_AsyncSource_GivesWhatParseGivesInInputOrder(int threads)
    {
        var inputs = Enumerable.Range(0, 10).Select(i => new ArticleInput(Texts[i % 3], new ReadOptions { Id = new ArticleId($"a{i}") })).ToList();

        var results = new List<Article>();
        await foreach (var result in NewsPipeline.Default.ParseManyAsync(Delayed(inputs), new BatchOptions { MaxDegreeOfParallelism = threads }))
        {
            results.Add(result.Value);
        }

        results.Should().Equal(inputs.Select(i => NewsPipeline.Default.Parse(i.Text, i.Options).Value));
    }

    [Fact]
    public async Task ParseManyAsync_Cancelled_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        var run = async () =>
        {
            await foreach (var result in NewsPipeline.Default.ParseManyAsync(Endless(), cancellationToken: cancellation.Token))
            {
                if (++seen == 5)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await run.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().BeGreaterThanOrEqualTo(5);
    }

    [Fact]
    public async Task ParseManyAsync_SourceFails_RethrowsAfterTheEarlierResults()
    {
        var seen = 0;

        var run = async () =>
        {
            await foreach (var result in NewsPipeline.Default.ParseManyAsync(Failing()))
            {
                seen++;
            }
        };

        await run.Should().ThrowAsync<IOException>().WithMessage("feed closed");
        seen.Should().Be(2);
    }

    private static async IAsyncEnumerable<ArticleInput> Delayed(IEnumerable<ArticleInput> inputs)
    {
        foreach (var input in inputs)
        {
            await Task.Yield();
            yield return input;
        }
    }

    private static async IAsyncEnumerable<ArticleInput> Endless([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; ; i++)
        {
            await Task.Delay(1, cancellationToken);
            yield return new ArticleInput(Texts[i % 3]);
        }
    }

    private static async IAsyncEnumerable<ArticleInput> Failing()
    {
        yield return Texts[0];
        yield return Texts[1];
        await Task.Yield();
        throw new IOException("feed closed");
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
