using System.Diagnostics;

using NewsModel.Lexicons;

namespace NewsModel.Tests.Lexicons;

public class LexiconSetDefaultTests
{
    [Fact]
    public void Default_ConcurrentFirstAccess_YieldsOneInstance()
    {
        using var start = new Barrier(16);
        var seen = new LexiconSet[16];
        var threads = Enumerable.Range(0, 16).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            seen[i] = LexiconSet.Default;
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        seen.Should().OnlyContain(s => ReferenceEquals(s, seen[0]));
        seen[0].Should().BeSameAs(LexiconSet.Default);
    }

    [Fact]
    public void TryFind_Span_AllocatesNothing()
    {
        var set = LexiconSet.Default;
        var text = "Russian President Vladimir Putin said on Wednesday, according to the Kremlin".AsSpan();
        Lookups(set, text).Should().Be(8, "every lookup in the sentence should hit");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var hits = 0;
        for (var i = 0; i < 100; i++)
        {
            hits += Lookups(set, text);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        hits.Should().Be(800);

        static int Lookups(LexiconSet set, ReadOnlySpan<char> text)
        {
            var hits = 0;
            hits += set.Countries.TryFind(text[..7], out _) ? 1 : 0;
            hits += set.Titles.TryFind(text[8..17], out _) ? 1 : 0;
            hits += set.FirstNames.TryGetGender(text[18..26], out _) ? 1 : 0;
            hits += set.ReportingVerbs.TryFindVerb(text[33..37], out _) ? 1 : 0;
            hits += set.CapitalizedNonNames.Contains(text[41..50]) ? 1 : 0;
            hits += set.ReportingVerbs.TryFindPhrase(text[52..64], out _) ? 1 : 0;
            hits += set.Organizations.TryFind(text[65..], out _) ? 1 : 0;
            hits += set.Organizations.TryFind(text[69..], out _) ? 1 : 0;
            return hits;
        }
    }

    [Fact]
    public void Build_AllEmbeddedLexicons_TakesWellUnderASecond()
    {
        var texts = Enum.GetValues<LexiconKind>().Select(k => (k, LexiconSet.ReadEmbedded(k))).ToList();
        var clock = Stopwatch.StartNew();

        var builder = new LexiconSetBuilder();
        foreach (var (kind, text) in texts)
        {
            builder.Add(kind, text, kind.ToString());
        }

        builder.Build();

        // The budget is 100 ms on a quiet machine; the test allows for a busy CI runner.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }
}
