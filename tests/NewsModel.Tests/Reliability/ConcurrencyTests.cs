using System.Collections.Concurrent;

using NewsModel.Actors;
using NewsModel.Coreference;
using NewsModel.Lexicons;
using NewsModel.Quotes;
using NewsModel.Serialization;
using NewsModel.Tests.Layout;

using NodaTime;

namespace NewsModel.Tests.Reliability;

/// <summary>A pipeline is shared by threads (the CLI reads many files at once); sharing must not change a single byte of the output.</summary>
public class ConcurrencyTests
{
    private static readonly ReadOptions Options = new() { Published = new LocalDate(2019, 9, 25) };

    /// <summary>The seed, each of its paragraphs with the headline, and the seed cut at each paragraph: articles of different sizes and contents.</summary>
    private static List<string> Articles()
    {
        var seed = LayoutTestKit.ReadSeed();
        var paragraphs = seed.Split("\n\n");
        var articles = new List<string> { seed };
        for (var i = 1; i < paragraphs.Length; i++)
        {
            articles.Add(paragraphs[0] + "\n\n" + paragraphs[i]);
            articles.Add(string.Join("\n\n", paragraphs[..i]));
        }

        return articles;
    }

    [Fact]
    public void Parse_DifferentArticlesInParallel_SameOutputAsOneByOne()
    {
        var articles = Articles();
        var expected = articles.Select(a => ModelJson.SerializeToUtf8Bytes(NewsPipeline.Default.Read(a, Options))).ToList();

        var actual = new byte[articles.Count * 4][];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i] = ModelJson.SerializeToUtf8Bytes(NewsPipeline.Default.Read(articles[i % articles.Count], Options)));

        for (var i = 0; i < actual.Length; i++)
        {
            actual[i].Should().Equal(expected[i % articles.Count], $"article {i % articles.Count} read on a shared pipeline");
        }
    }

    [Fact]
    public void Build_ManyPipelinesInParallel_AllReadTheSameModel()
    {
        var text = LayoutTestKit.ReadSeed();
        var expected = ModelJson.SerializeToUtf8Bytes(NewsPipeline.Default.Read(text, Options));
        var outputs = new ConcurrentBag<byte[]>();
        var defaults = new ConcurrentBag<LexiconSet>();

        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var builder = new NewsPipelineBuilder().UseDefaults();
            if (i % 2 == 1)
            {
                // Half of them build their own lexicon set from the embedded one while others read it.
                var lexicons = LexiconSet.CreateBuilder().Build();
                builder.Stages.Replace<ActorStage>(new ActorStage(lexicons, PeopleLexicon.Default));
                builder.Stages.Replace<QuoteStage>(new QuoteStage(lexicons));
                builder.Stages.Replace<CoreferenceStage>(new CoreferenceStage(lexicons));
            }

            defaults.Add(LexiconSet.Default);
            outputs.Add(ModelJson.SerializeToUtf8Bytes(builder.Build().Read(text, Options)));
        });

        defaults.Should().OnlyContain(d => ReferenceEquals(d, LexiconSet.Default), "the embedded lexicons load once");
        outputs.Should().HaveCount(16).And.OnlyContain(o => o.SequenceEqual(expected));
    }
}
