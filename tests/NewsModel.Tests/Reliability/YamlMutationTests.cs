using NewsModel.Serialization;
using NewsModel.Tests.Serialization;

namespace NewsModel.Tests.Reliability;

/// <summary>
/// Random edits of a valid YAML model, of the kinds afl-fuzz makes: whatever the edit,
/// <see cref="ModelYaml.Deserialize(string, ModelReadOptions?)"/> gives a model or a one-line error
/// with its line and column, never an exception. The seed is fixed, so a failure replays.
/// </summary>
public class YamlMutationTests
{
    private const int Edits = 2000;

    // YAML's indicators, escapes and odd characters, among them the two that afl-fuzz found the
    // parser throwing on: a tag that is no URI and an escaped surrogate that is not half of a pair.
    private static readonly string[] Pieces =
    [
        "!", "!!", "!!!v3[", "!<a b>", "&a ", "*a", "{", "}", "[", "]", ",", ": ", "- ", "? ", "#", "|", ">", "'", "\"", "%", "@", "\\",
        "\\ud800", "\\udc00", "\\UFFFFFFFF", "\\x4", "\n", "\n  ", "\t", " ", "---\n", "...\n", "%TAG ! tag:a,2000:\n", "%YAML 1.1\n",
        "\uFEFF", "\u0085", "\u2028", "\uD83D\uDE00", "0", "-1", "1e99999", "99999999999999999999", "~", "null", "true",
    ];

    [Fact]
    public void YamlDeserialize_RandomEditsOfAValidModel_NeverThrow()
    {
        var original = ModelYaml.Serialize(SampleArticle.Create());
        var random = new Random(20261128);
        var failures = new List<string>();
        int read = 0, refused = 0;

        for (var i = 0; i < Edits; i++)
        {
            var yaml = original;
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                yaml = Edit(yaml, random);
            }

            try
            {
                var result = ModelYaml.Deserialize(yaml);
                if (result.Success)
                {
                    read++;
                }
                else if (result.Error!.Line is null || result.Error.Column is null || result.Error.Message.Contains('\n', StringComparison.Ordinal))
                {
                    refused++;
                    failures.Add($"edit {i}: an error without its place or on several lines: {result.Error}");
                }
                else
                {
                    refused++;
                }
            }
#pragma warning disable CA1031 // Any exception is the failure being looked for: it is reported with its input.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Add($"edit {i}: {e.GetType().Name}: {e.Message} for {System.Text.Json.JsonSerializer.Serialize(yaml)}");
            }
        }

        failures.Should().BeEmpty();
        read.Should().BePositive("some edits leave a valid model, or the reader's success path goes untried");
        refused.Should().BePositive();
    }

    private static string Edit(string yaml, Random random)
    {
        var at = random.Next(yaml.Length + 1);
        var length = Math.Min(random.Next(1, 24), yaml.Length - at);
        return random.Next(6) switch
        {
            0 => yaml.Insert(at, Pieces[random.Next(Pieces.Length)]),
            1 => yaml.Remove(at, length),
            2 => yaml.Remove(at, Math.Min(1, length)).Insert(at, Pieces[random.Next(Pieces.Length)]),
            3 => yaml.Insert(at, yaml.Substring(at, length)),
            4 => yaml[..at],
            _ => SwapLines(yaml, random),
        };
    }

    private static string SwapLines(string yaml, Random random)
    {
        var lines = yaml.Split('\n');
        var a = random.Next(lines.Length);
        var b = random.Next(lines.Length);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join('\n', lines);
    }
}
