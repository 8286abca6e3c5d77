using NewsModel.Times;
using NewsModel.Times.Constructions;

using NodaTime;

namespace NewsModel.Tests.Times;

/// <summary>
/// A text tokenized as the tagger tokenizes it, with the cursor and the story's dates a
/// construction reads, so that a test calls one construction directly.
/// </summary>
internal sealed class ConstructionFixture
{
    // A Wednesday.
    public static readonly LocalDate Published = new(2019, 9, 25);

    // Fields rather than properties: the constructions take them by reference.
    public readonly TimeCursor Cursor;
    public StoryDates Story;

    public ConstructionFixture(string text, LocalDate? published, TimeOptions? options = null)
    {
        this.Text = text;

        // A token is at least one character, so the arrays never need to grow.
        var lower = new char[text.Length + 16];
        var tokens = new TimeToken[text.Length + 16];
        var count = TimeTokenizer.Tokenize(text, TimeLexicon.Default, lower, ref tokens);
        this.Cursor = new TimeCursor(tokens, count, lower, published, TimeLexicon.Default, options ?? TimeOptions.Default);
    }

    public string Text { get; }

    /// <summary>The fixture against <see cref="Published"/>.</summary>
    public static ConstructionFixture Of(string text) => new(text, Published);

    /// <summary>The token <paramref name="phrase"/> starts at (its first occurrence).</summary>
    public int At(string phrase)
    {
        var offset = this.Text.IndexOf(phrase, StringComparison.Ordinal);
        offset.Should().BeGreaterThanOrEqualTo(0, $"'{phrase}' is in '{this.Text}'");
        for (var k = 0; k < this.Cursor.Count; k++)
        {
            if (this.Cursor.Token(k).Start == offset)
            {
                return k;
            }
        }

        throw new ArgumentException($"no token starts '{phrase}'", nameof(phrase));
    }

    /// <summary>The text from token <paramref name="start"/> to the end of <paramref name="core"/>.</summary>
    public string Covered(int start, CoreTime core) => this.Text[this.Cursor.Token(start).Start..this.Cursor.Token(core.End - 1).End];
}
