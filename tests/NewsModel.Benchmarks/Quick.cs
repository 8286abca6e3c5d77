using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;

using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Benchmarks;

/// <summary>
/// A fast loop without BenchmarkDotNet: per-step MB/s and allocated bytes per article on one
/// thread, after a warm-up pass. Timings are the best of several passes, because the machine is
/// shared; allocations are exact (GC.GetAllocatedBytesForCurrentThread).
/// </summary>
public static class Quick
{
    private const double Mega = 1_000_000.0;

    /// <summary>quick [DIR] [--passes N] [--no-linear]</summary>
    public static int Run(string[] args)
    {
        string? folder = null;
        var passes = 5;
        var linear = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--passes":
                    passes = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--no-linear":
                    linear = false;
                    break;
                default:
                    folder = args[i];
                    break;
            }
        }

        var texts = Corpus.FolderTexts(folder);
        var inputBytes = Utf8Bytes(texts);
        Console.WriteLine($"{Corpus.FolderName(folder)}: {texts.Count} articles, {inputBytes / Mega:F2} MB; best of {passes} passes after a warm-up");
        Console.WriteLine();
        Console.WriteLine($"| {"Step",-22} | {"MB/s",8} | {"alloc B/article",15} | {"alloc / input",13} |");
        Console.WriteLine($"|{new string('-', 24)}|{new string('-', 10)}:|{new string('-', 17)}:|{new string('-', 15)}:|");
        foreach (var step in Enum.GetValues<PipelineStep>())
        {
            var runner = new StepRunner(step);
            var prepared = runner.Prepare(texts);
            var (seconds, allocated) = Measure(passes, () =>
            {
                var n = 0;
                foreach (var article in prepared)
                {
                    n += runner.Run(article);
                }

                return n;
            });
            Row(step.ToString(), inputBytes / Mega / seconds, allocated, texts.Count, inputBytes);
        }

        var (pipelineSeconds, pipelineAllocated) = Measure(passes, () => ReadAll(texts));
        Row("Pipeline (all stages)", inputBytes / Mega / pipelineSeconds, pipelineAllocated, texts.Count, inputBytes);

        var articles = texts.Select(t => NewsPipeline.Default.Read(t)).ToArray();
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        long jsonBytes = 0;
        var (jsonSeconds, jsonAllocated) = Measure(passes, () =>
        {
            jsonBytes = 0;
            foreach (var article in articles)
            {
                buffer.ResetWrittenCount();
                ModelJson.Serialize(article, buffer);
                jsonBytes += buffer.WrittenCount;
            }

            return (int)jsonBytes;
        });
        var yamlWriter = new StringWriter(new StringBuilder(1 << 20), CultureInfo.InvariantCulture);
        long yamlBytes = 0;
        foreach (var article in articles)
        {
            yamlBytes += Encoding.UTF8.GetByteCount(ModelYaml.Serialize(article));
        }

        var (yamlSeconds, yamlAllocated) = Measure(passes, () =>
        {
            var chars = 0;
            foreach (var article in articles)
            {
                yamlWriter.GetStringBuilder().Clear();
                ModelYaml.Write(article, yamlWriter);
                chars += yamlWriter.GetStringBuilder().Length;
            }

            return chars;
        });
        Console.WriteLine();
        Console.WriteLine($"| {"Writer",-22} | {"MB/s out",8} | {"alloc B/article",15} | {"output MB",13} |");
        Console.WriteLine($"|{new string('-', 24)}|{new string('-', 10)}:|{new string('-', 17)}:|{new string('-', 15)}:|");
        Console.WriteLine($"| {"JSON (indented)",-22} | {jsonBytes / Mega / jsonSeconds,8:F1} | {jsonAllocated / texts.Count,15:N0} | {jsonBytes / Mega,13:F2} |");
        Console.WriteLine($"| {"YAML",-22} | {yamlBytes / Mega / yamlSeconds,8:F1} | {yamlAllocated / texts.Count,15:N0} | {yamlBytes / Mega,13:F2} |");

        if (linear)
        {
            var perMb = pipelineSeconds / (inputBytes / Mega);
            Console.WriteLine();
            Console.WriteLine($"| {"Linear-time input",-22} | {"MB/s",8} | {"s per MB",15} | {"x corpus",13} |");
            Console.WriteLine($"|{new string('-', 24)}|{new string('-', 10)}:|{new string('-', 17)}:|{new string('-', 15)}:|");
            Console.WriteLine($"| {"corpus average",-22} | {1 / perMb,8:F2} | {perMb,15:F4} | {1.0,13:F2} |");
            foreach (var (name, text) in new[] { ("10 MB one paragraph", Corpus.OneParagraph(10)), ("1 MB unbalanced quotes", Corpus.UnbalancedQuotes(1)) })
            {
                var bytes = Encoding.UTF8.GetByteCount(text);
                var (seconds, _) = Measure(Math.Min(passes, 2), () => NewsPipeline.Default.Read(text).Sentences.Count);
                var textPerMb = seconds / (bytes / Mega);
                Console.WriteLine($"| {name,-22} | {1 / textPerMb,8:F2} | {textPerMb,15:F4} | {textPerMb / perMb,13:F2} |");
            }
        }

        return 0;
    }

    /// <summary>profile [DIR] [PASSES]: runs the whole pipeline over the texts, printing nothing: for callgrind.</summary>
    public static int Profile(string[] args)
    {
        var texts = Corpus.FolderTexts(args.Length > 0 ? args[0] : null);
        var passes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
        var n = 0;
        for (var p = 0; p < passes; p++)
        {
            n += ReadAll(texts);
        }

        return n < 0 ? 1 : 0;
    }

    /// <summary>linear paragraph|quotes MB: each step's time on one generated text, to see which step is not linear.</summary>
    public static int Linear(string[] args)
    {
        var megabytes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
        var text = args.Length > 0 && args[0] == "quotes" ? Corpus.UnbalancedQuotes(megabytes) : Corpus.OneParagraph(megabytes);
        foreach (var step in Enum.GetValues<PipelineStep>())
        {
            var runner = new StepRunner(step);
            var prepared = runner.Prepare([text]);
            var watch = Stopwatch.StartNew();
            runner.Run(prepared[0]);
            Console.WriteLine($"{step,-16} {watch.Elapsed.TotalSeconds,8:F3} s");
        }

        return 0;
    }

    private static int ReadAll(IReadOnlyList<string> texts)
    {
        var n = 0;
        foreach (var text in texts)
        {
            n += NewsPipeline.Default.Read(text).Sentences.Count;
        }

        return n;
    }

    private static long Utf8Bytes(IReadOnlyList<string> texts)
    {
        long bytes = 0;
        foreach (var text in texts)
        {
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return bytes;
    }

    private static (double Seconds, long Allocated) Measure(int passes, Func<int> pass)
    {
        pass();
        var best = double.MaxValue;
        long allocated = 0;
        for (var p = 0; p < passes; p++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            pass();
            watch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return (best, allocated);
    }

    private static void Row(string name, double mbPerSecond, long allocated, int articles, long inputBytes)
        => Console.WriteLine($"| {name,-22} | {mbPerSecond,8:F2} | {allocated / articles,15:N0} | {(double)allocated / inputBytes,13:F2} |");
}
