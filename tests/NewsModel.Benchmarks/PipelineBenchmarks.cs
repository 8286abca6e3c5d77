using BenchmarkDotNet.Attributes;

using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Benchmarks;

/// <summary>The whole pipeline and the serializers over the seed and the corpus folder.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string seed = string.Empty;
    private IReadOnlyList<string> corpus = [];
    private Article seedArticle = new(new ArticleId("seed"), string.Empty);

    [GlobalSetup]
    public void Setup()
    {
        this.seed = Corpus.SeedText();
        this.corpus = Corpus.FolderTexts();
        this.seedArticle = NewsPipeline.Default.Read(this.seed);
    }

    [Benchmark]
    public Article ReadSeed() => NewsPipeline.Default.Read(this.seed);

    [Benchmark]
    public int ReadCorpus()
    {
        var sentences = 0;
        foreach (var text in this.corpus)
        {
            sentences += NewsPipeline.Default.Read(text).Sentences.Count;
        }

        return sentences;
    }

    [Benchmark]
    public byte[] WriteJson() => ModelJson.SerializeToUtf8Bytes(this.seedArticle);

    [Benchmark]
    public string WriteYaml() => ModelYaml.Serialize(this.seedArticle);
}
