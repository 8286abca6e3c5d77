using System.Collections.Immutable;

using FsCheck;
using FsCheck.Xunit;

using NewsModel.Tagging;

namespace NewsModel.Tests.Tagging;

public class FeatureWeightsTests
{
    [Property(MaxTest = 100)]
    public bool AddTo_AnyRows_SameSumsAsAddingThemOneByOne(PositiveInt seed, byte tagCountSeed)
    {
        var random = new Random(seed.Get);
        var tagCount = 1 + (tagCountSeed % FeatureWeights.MaxTags);
        var keys = Enumerable.Range(0, random.Next(1, 300)).Select(_ => (uint)random.Next(1, int.MaxValue)).Distinct().Order().ToImmutableArray();
        var rows = new short[keys.Length * tagCount];
        for (var r = 0; r < keys.Length; r++)
        {
            // Some sparse rows (kept in their entry), some dense ones.
            var weights = random.Next(2) == 0 ? random.Next(1, 4) : tagCount;
            for (var k = 0; k < weights; k++)
            {
                rows[(r * tagCount) + random.Next(tagCount)] = (short)random.Next(-1000, 1000);
            }
        }

        var table = new FeatureWeights(tagCount, keys, rows, 1);
        var asked = keys.Where(_ => random.Next(3) == 0).Concat([12345u, 99u]).Take(FeatureWeights.MaxKeys).ToArray();
        var scores = new int[table.Stride];
        table.AddTo(asked, scores);

        var expected = new int[tagCount];
        foreach (var key in asked)
        {
            var r = keys.IndexOf(key);
            for (var t = 0; r >= 0 && t < tagCount; t++)
            {
                expected[t] += rows[(r * tagCount) + t];
            }
        }

        var copied = new short[tagCount];
        for (var r = 0; r < keys.Length; r++)
        {
            table.CopyRow(r, copied);
            if (!copied.AsSpan().SequenceEqual(rows.AsSpan(r * tagCount, tagCount)))
            {
                return false;
            }
        }

        return scores.AsSpan(0, tagCount).SequenceEqual(expected);
    }

    [Theory]
    [InlineData(new[] { 3, 9, 1, 9 }, 4, 1)]
    [InlineData(new[] { -5, -2, -2, -7 }, 4, 1)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 10, 9)]
    [InlineData(new[] { 10, 0, 0, 0, 0, 0, 0, 0, 0, 10 }, 10, 0)]
    public void Best_Scores_HighestFirstOnATie(int[] scores, int tagCount, int best)
    {
        var padded = new int[16];
        scores.CopyTo(padded, 0);

        SequenceTagger.Best(padded, tagCount, ulong.MaxValue).Should().Be((byte)best);
        SequenceTagger.Best(scores, tagCount, ulong.MaxValue).Should().Be((byte)best);
    }

    [Fact]
    public void Best_AllowedTags_OnlyThose()
    {
        int[] scores = [9, 1, 5, 7];

        SequenceTagger.Best(scores, 4, 0b0110).Should().Be(2);
        SequenceTagger.Best(scores, 4, 0).Should().Be(0, "no tag allowed means every tag is");
    }
}
