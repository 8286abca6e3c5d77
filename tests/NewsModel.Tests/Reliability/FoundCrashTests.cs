using NewsModel.Serialization;

namespace NewsModel.Tests.Reliability;

/// <summary>
/// Inputs that once crashed the pipeline, found by the property tests and the fuzzers
/// (tests/NewsModel.Fuzzing). Each must now give a model that keeps the model's promises, or an
/// error value with its place. The same inputs are files in Reliability/Found, which
/// <see cref="FoundInputTests"/> replays through the fuzz targets.
/// </summary>
public class FoundCrashTests
{
    [Theory]
    // A cue whose subject ends in ")" with its "(" at the unit's first token: the quote finder
    // looked for a name before the "(", at token -1 (ArgumentOutOfRangeException).
    [InlineData("(Putin) said")]
    [InlineData("Talks\n\n(Nicolas Maduro) told reporters that it was fine.")]
    [InlineData(" (the 1990sHe told Maduro did nota)  told reporters\u201AstatementgNicolas Maduro, \u201DinTheyBy25 September 2019and...,  is expected to meetRussiaMoscow\u00ABthe Russian president")]
    public void Parse_ParenthesisOpeningTheSubject_GivesValidModel(string text)
    {
        var result = NewsPipeline.Default.Parse(text);

        result.Success.Should().BeTrue();
        ModelJson.Deserialize(ModelJson.SerializeToUtf8Bytes(result.Value)).Value.Should().Be(result.Value);
    }

    [Theory]
    // afl-fuzz, yaml target: a flow mapping cut off inside a plain scalar made YamlDotNet's scanner
    // throw InvalidOperationException, which escaped ModelYaml.Deserialize.
    [InlineData("schema: newsmodel/1\narticle:\n  id: a\n  text: abc\n  headline:\n    text: a\n    span: {start: 0, leng\n  bylines: []\n")]
    [InlineData("schema: newsmodel/1\nactors:\n- id: a\n  name: b\n  kind: person\n  roles: []\n  mentions:\n  - text: b\n    span: {start: 34, leme\nquotes: []\n")]
    public void YamlDeserialize_FlowMappingCutOffInAScalar_IsErrorWithPlace(string yaml)
    {
        var result = ModelYaml.Deserialize(yaml);

        result.Success.Should().BeFalse();
        result.Error!.Message.Should().StartWith("invalid YAML");
        result.Error.Line.Should().BeGreaterThan(1);
    }

    [Fact]
    public void YamlDeserialize_InvalidGlobalTag_IsErrorAtTheTag()
    {
        // afl-fuzz, yaml target: YamlDotNet's TagName threw ArgumentException for a tag that is no
        // URI, which escaped ModelYaml.Deserialize.
        foreach (var error in ErrorsOfBothOverloads("!!!!!!!!!!!!!!!!!!!!!v3["))
        {
            error.Message.Should().StartWith("invalid YAML: ").And.Contain("Global tags must be valid URIs").And.NotContainAny("\n", "\r", "(Parameter");
            error.Line.Should().Be(1);
            error.Column.Should().Be(1);
        }
    }

    [Fact]
    public void YamlDeserialize_EscapedLoneSurrogates_IsErrorAtTheEscapes()
    {
        // afl-fuzz, yaml target: a double-quoted "\ud800\ud800" made YamlDotNet's scanner call
        // char.ConvertToUtf32 with two high surrogates (ArgumentOutOfRangeException), which escaped
        // ModelYaml.Deserialize. The scanner stops just after the second escape.
        foreach (var error in ErrorsOfBothOverloads("\"\\ud800\\ud800\"ner}\"ner}iclcZ"))
        {
            error.Message.Should().StartWith("invalid YAML: ").And.Contain("surrogate").And.NotContainAny("\n", "\r", "(Parameter");
            error.Line.Should().Be(1);
            error.Column.Should().Be(14);
        }
    }

    private static IEnumerable<ParseError> ErrorsOfBothOverloads(string yaml)
    {
        var fromString = ModelYaml.Deserialize(yaml);
        var fromBytes = ModelYaml.Deserialize(System.Text.Encoding.UTF8.GetBytes(yaml));

        fromString.Success.Should().BeFalse();
        fromBytes.Success.Should().BeFalse();
        return [fromString.Error!, fromBytes.Error!];
    }
}
