using FsCheck;
using FsCheck.Fluent;

namespace NewsModel.Tests.Reliability;

/// <summary>The text of a generated article; a type of its own so it does not replace FsCheck's strings.</summary>
/// <param name="Text">The text.</param>
public sealed record ArticleText(string Text)
{
    /// <inheritdoc />
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(this.Text);
}

/// <summary>
/// Generates article texts from what the stages look for and what breaks them: names, titles,
/// pronouns, reporting verbs, event verbs, dates, every kind of quote mark (often unbalanced),
/// line and paragraph breaks, and random Unicode scalars (controls, astral characters, marks).
/// </summary>
public static class ArticleTexts
{
    private static readonly string[] Names =
    [
        "Vladimir Putin", "Putin", "Nicolas Maduro", "Maduro", "Mr. Smith", "Dmitry Peskov", "the Kremlin", "Russia",
        "Moscow", "Venezuela", "the United Nations", "UN", "President Donald Trump", "Ms Jane Doe", "He", "She", "It",
        "They", "the country", "the Russian president", "Kremlin spokesman Dmitry Peskov", "Angela Merkel's",
    ];

    private static readonly string[] Verbs =
    [
        " said", " said:", " told reporters", " told Maduro", ", according to", " added", " met", " will visit",
        " attacked", " signed a deal with", " called on", " denied", " warned", " is expected to meet", " did not",
        " lent $3bn to", " elected", " died", " asked",
    ];

    private static readonly string[] QuoteMarks = ["\"", "“", "”", "‘", "’", "«", "»", "„", "'", "‹", "›", "「", "」", "‚", "`"];

    private static readonly string[] Dates =
    [
        "on Wednesday", "25 September 2019", "September 25, 2019", "last week", "in May", "2019-09-25", "next year",
        "Sept. 3", "in the spring of 2018", "three months", "every Monday", "yesterday", "this morning", "1999",
        "the 1990s", "24 and 25 September", "March 3-5",
    ];

    private static readonly string[] Breaks = [" ", " ", " ", ". ", ", ", "\n", "\n\n", "\r\n", "\t", " — ", "...", "; ", ": ", " (", ") ", " - "];

    private static readonly string[] Words = ["the", "talks", "on", "oil", "and", "debt", "in", "a", "statement", "that", "would", "not", "By", "Source:", "[File: Getty Images]", "---", "MOSCOW (Reuters) -"];

    /// <summary>The arbitrary FsCheck uses for <see cref="ArticleText"/> parameters.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ArticleText> ArticleText() => Arb.From(TextGen.Select(t => new ArticleText(t)));

    /// <summary>Any Unicode scalar value: never a lone surrogate, which no UTF-8 file can hold.</summary>
    private static Gen<string> ScalarGen =>
        Gen.Frequency(
            (3, Gen.Choose(0, 0x7F)),
            (2, Gen.Choose(0x80, 0xFFFF)),
            (1, Gen.Choose(0x10000, 0x10FFFF)))
        .Where(c => c is < 0xD800 or > 0xDFFF)
        .Select(char.ConvertFromUtf32);

    private static Gen<string> PieceGen =>
        Gen.Frequency(
            (6, Gen.Elements(Names)),
            (4, Gen.Elements(Verbs)),
            (4, Gen.Elements(QuoteMarks)),
            (3, Gen.Elements(Dates)),
            (10, Gen.Elements(Breaks)),
            (6, Gen.Elements(Words)),
            (2, ScalarGen));

    private static Gen<string> TextGen => PieceGen.ArrayOf().Select(string.Concat);
}
