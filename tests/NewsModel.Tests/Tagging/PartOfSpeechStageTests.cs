using NewsModel.Model;
using NewsModel.Serialization;
using NewsModel.Tests.Cli;

namespace NewsModel.Tests.Tagging;

public sealed class PartOfSpeechStageTests
{
    private const string Text = "Leaders meet in Geneva\n\nThe minister said on Tuesday that talks would resume.\n";

    private static string Word(Article article, TaggedToken token) => article.Slice(token.Span);

    [Fact]
    public void Read_KeepTokens_GivesEveryTokenWithPennTag()
    {
        var article = NewsPipeline.Default.Read(Text, new ReadOptions { KeepTokens = true });

        article.Tokens.Select(t => Word(article, t)).Should().Equal("Leaders", "meet", "in", "Geneva", "The", "minister", "said", "on", "Tuesday", "that", "talks", "would", "resume", ".");
        var tags = article.Tokens.ToDictionary(t => Word(article, t), t => t.Tag);
        tags["said"].Should().Be("VBD");
        tags["minister"].Should().Be("NN");
        tags["Geneva"].Should().Be("NNP");
        tags["would"].Should().Be("MD");
        tags["."].Should().Be(".");
    }

    [Fact]
    public void Read_TokensNotAsked_KeepsNone()
        => NewsPipeline.Default.Read(Text).Tokens.Should().BeEmpty();

    [Fact]
    public void Read_NoPartOfSpeechStage_KeepsNoTokens()
    {
        var pipeline = new NewsPipelineBuilder().UseLayout().UseSentences().UseActors().Build();

        pipeline.Read(Text, new ReadOptions { KeepTokens = true }).Tokens.Should().BeEmpty();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Serialize_WithOrWithoutTokens_RoundTrips(bool keep)
    {
        var article = NewsPipeline.Default.Read(Text, new ReadOptions { KeepTokens = keep });

        var json = ModelJson.Serialize(article);
        var back = ModelJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(json));

        back.Success.Should().BeTrue(back.Error?.ToString());
        back.Value.Should().Be(article);
        json.Contains("\"tokens\"", StringComparison.Ordinal).Should().Be(keep);
        ModelYaml.Deserialize(ModelYaml.Serialize(article)).Value.Should().Be(article);
    }

    [Fact]
    public void Extract_TokensOption_WritesTaggedTokens()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", Text);

        cli.Run("extract", input, "--format", "json", "--tokens", "--output", cli.PathOf("out")).Should().Be(0, cli.Error);
        cli.Run("extract", input, "--format", "json", "--output", cli.PathOf("plain")).Should().Be(0, cli.Error);

        ModelJson.Deserialize(File.ReadAllBytes(cli.PathOf("out/a.json"))).Value.Tokens.Should().HaveCount(14);
        ModelJson.Deserialize(File.ReadAllBytes(cli.PathOf("plain/a.json"))).Value.Tokens.Should().BeEmpty();
    }

    [Fact]
    public void Read_NoPartOfSpeechStage_NamesTaggedAsWithIt()
    {
        // The name model reads the embedded part-of-speech model's tags: a pipeline without the
        // stage has them made for the name tagger, and finds the same actors.
        const string Story = "Quarry Workers Strike in Tarvos\n\nBrennick Halloway, who leads the Quarrymen Guild, said on Tuesday that Olsteen Mining would not meet the workers. "
            + "Halloway spoke in Tarvos after Delphine Aubrac of Gravemark Holdings met Velasquez. Workers from Brackwater and Dunmore joined the strike. "
            + "Aubrac told Radio Kestrel that Gravemark would talk to Olsteen. Velasquez, a lawyer for the Tarvos Rights Project, said the Guild had asked Mayor Quint to step in.\n";
        var without = new NewsPipelineBuilder().UseLayout().UseSentences().UseActors().Build();

        without.Read(Story).Actors.Should().Equal(NewsPipeline.Default.Read(Story).Actors);
    }
}
