using System.Collections.Frozen;

using FsCheck.Xunit;

using NewsModel.Lexicons;

namespace NewsModel.Tests.Lexicons;

public class IgnoreCaseMapTests
{
    private static readonly string[] Keys =
    [
        "president", "Kremlin", "WHO", "Ciudad Bolívar", "’s", "São Paulo", "the United Nations", "a", "x-ray",
        "[bracket]", "@home", "Zürich", "ÉCOLE", "Istanbul", "new york city council", "zz", "Z",
    ];

    [Theory]
    [InlineData("PRESIDENT", true)]
    [InlineData("President", true)]
    [InlineData("presiden", false)]
    [InlineData("kremlin", true)]
    [InlineData("who", true)]
    [InlineData("CIUDAD BOLÍVAR", true)]
    [InlineData("ciudad bolivar", false)]
    [InlineData("\u2019S", true)]
    [InlineData("The united NATIONS", true)]
    [InlineData("{bracket}", false)]
    [InlineData("`home", false)]
    [InlineData("", false)]
    [InlineData("zürich", true)]
    [InlineData("école", true)]
    public void TryGetValue_Word_AnswersAsOrdinalIgnoreCase(string word, bool found)
    {
        var map = new IgnoreCaseMap<int>(Keys.Select((k, i) => KeyValuePair.Create(k, i)));

        map.TryGetValue(word, out var value).Should().Be(found);
        if (found)
        {
            string.Equals(Keys[value], word, StringComparison.OrdinalIgnoreCase).Should().BeTrue();
        }
    }

    [Fact]
    public void TryGetValue_KeyFoldingToAscii_StillFoundFromAsciiText()
    {
        // The Kelvin sign folds to "k" under ordinal case-insensitive comparison.
        var map = new IgnoreCaseMap<int>([KeyValuePair.Create("\u212Aelvin", 1), KeyValuePair.Create("plain", 2)]);
        var frozen = new[] { "\u212Aelvin", "plain" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        map.TryGetValue("kelvin", out _).Should().Be(frozen.Contains("kelvin"));
        map.TryGetValue("PLAIN", out var value).Should().BeTrue();
        value.Should().Be(2);
    }

    [Property(MaxTest = 300)]
    public bool TryGetValue_AnyKeysAndWords_SameAnswersAsAFrozenDictionary(string[] keys, string[] words)
    {
        var distinct = keys.Where(k => k is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var map = new IgnoreCaseMap<int>(distinct.Select((k, i) => KeyValuePair.Create(k, i)));
        var frozen = distinct.Select((k, i) => KeyValuePair.Create(k, i)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        // Every key, its upper- and lower-case forms, and unrelated words.
        var probes = distinct.Concat(distinct.Select(k => k.ToUpperInvariant())).Concat(distinct.Select(k => k.ToLowerInvariant()))
            .Concat(words.Where(w => w is not null));
        foreach (var probe in probes)
        {
            var expected = frozen.TryGetValue(probe, out var expectedValue);
            if (map.TryGetValue(probe, out var value) != expected || (expected && value != expectedValue))
            {
                return false;
            }
        }

        return true;
    }
}
