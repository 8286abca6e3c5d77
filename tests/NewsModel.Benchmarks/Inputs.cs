using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Benchmarks;

/// <summary>What a benchmark reads.</summary>
public enum Input
{
    /// <summary>The seed article.</summary>
    Seed,

    /// <summary>The folder from --dir or NEWSMODEL_BENCH_DIR (the seed when none is set).</summary>
    Folder,

    /// <summary>10 MB of prose with no line break (linear-time bar).</summary>
    OneParagraph10MB,

    /// <summary>1 MB of quote marks that never close (linear-time bar).</summary>
    UnbalancedQuotes1MB,
}

/// <summary>
/// The texts of each <see cref="Input"/> and their sizes. The MB/s columns compute sizes in the
/// host process from the same deterministic inputs the benchmark processes read.
/// </summary>
public static class Inputs
{
    private static readonly ConcurrentDictionary<Input, IReadOnlyList<string>> TextCache = new();
    private static readonly ConcurrentDictionary<(Input, string), long> OutputCache = new();

    public static IReadOnlyList<string> Texts(Input input) => TextCache.GetOrAdd(input, static input => input switch
    {
        Input.Seed => [Corpus.SeedText()],
        Input.Folder => Corpus.FolderTexts(),
        Input.OneParagraph10MB => [Corpus.OneParagraph(10)],
        Input.UnbalancedQuotes1MB => [Corpus.UnbalancedQuotes(1)],
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    });

    /// <summary>The UTF-8 size of the input texts.</summary>
    public static long InputBytes(Input input)
    {
        long bytes = 0;
        foreach (var text in Texts(input))
        {
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return bytes;
    }

    /// <summary>The UTF-8 size of the JSON or YAML written for the input's articles.</summary>
    public static long OutputBytes(Input input, string format) => OutputCache.GetOrAdd((input, format), static key =>
    {
        long bytes = 0;
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var text in Texts(key.Item1))
        {
            var article = NewsPipeline.Default.Read(text);
            if (key.Item2 == "json")
            {
                buffer.ResetWrittenCount();
                ModelJson.Serialize(article, buffer);
                bytes += buffer.WrittenCount;
            }
            else
            {
                bytes += Encoding.UTF8.GetByteCount(ModelYaml.Serialize(article));
            }
        }

        return bytes;
    });

    public static Article[] Read(Input input) => [.. Texts(input).Select(t => NewsPipeline.Default.Read(t))];
}
