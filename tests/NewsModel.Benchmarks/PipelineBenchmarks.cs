using System.Buffers;
using System.Globalization;
using System.Text;

using BenchmarkDotNet.Attributes;

using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Benchmarks;

/// <summary>Each step alone, on inputs the steps before it prepared; one operation is the whole input.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private StepRunner runner = new(PipelineStep.Layout);
    private Article[] prepared = [];

    [Params(PipelineStep.Layout, PipelineStep.SentencesTokens, PipelineStep.Actors, PipelineStep.Times, PipelineStep.Quotes, PipelineStep.Events)]
    public PipelineStep Step { get; set; }

    [Params(Input.Seed, Input.Folder)]
    public Input Input { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        this.runner = new StepRunner(this.Step);
        this.prepared = this.runner.Prepare(Inputs.Texts(this.Input));
    }

    [Benchmark]
    public int Stage()
    {
        var n = 0;
        foreach (var article in this.prepared)
        {
            n += this.runner.Run(article);
        }

        return n;
    }
}

/// <summary>The whole pipeline, text in, article out; one operation is the whole input.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private IReadOnlyList<string> texts = [];

    [Params(Input.Seed, Input.Folder, Input.OneParagraph10MB, Input.UnbalancedQuotes1MB)]
    public Input Input { get; set; }

    [GlobalSetup]
    public void Setup() => this.texts = Inputs.Texts(this.Input);

    [Benchmark]
    public int Pipeline()
    {
        var sentences = 0;
        foreach (var text in this.texts)
        {
            sentences += NewsPipeline.Default.Read(text).Sentences.Count;
        }

        return sentences;
    }
}

/// <summary>The JSON and YAML writers; MB/s here is of output written.</summary>
[MemoryDiagnoser]
public sealed class WriterBenchmarks : IDisposable
{
    private readonly ArrayBufferWriter<byte> buffer = new(1 << 20);
    private readonly StringWriter yaml = new(new StringBuilder(1 << 20), CultureInfo.InvariantCulture);
    private Article[] articles = [];

    [Params(Input.Seed, Input.Folder)]
    public Input Input { get; set; }

    [GlobalSetup]
    public void Setup() => this.articles = Inputs.Read(this.Input);

    public void Dispose() => this.yaml.Dispose();

    [Benchmark]
    public long WriteJson()
    {
        long bytes = 0;
        foreach (var article in this.articles)
        {
            this.buffer.ResetWrittenCount();
            ModelJson.Serialize(article, this.buffer);
            bytes += this.buffer.WrittenCount;
        }

        return bytes;
    }

    [Benchmark]
    public long WriteYaml()
    {
        long chars = 0;
        foreach (var article in this.articles)
        {
            this.yaml.GetStringBuilder().Clear();
            ModelYaml.Write(article, this.yaml);
            chars += this.yaml.GetStringBuilder().Length;
        }

        return chars;
    }
}
