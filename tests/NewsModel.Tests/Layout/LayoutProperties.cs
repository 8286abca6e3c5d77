using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

using NewsModel.Layout;

namespace NewsModel.Tests.Layout;

public class LayoutProperties
{
    // Texts built from the characters that drive the reader's decisions.
    private static readonly char[] Alphabet =
        ['a', 'B', ' ', '\n', '\r', '\t', '\u00A0', '.', '?', '"', '“', '”', '[', ']', '(', ')', '-', '—', ':', ',', '/', '1', 'S'];

    public static Arbitrary<string> LayoutTexts() =>
        Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Property(Arbitrary = [typeof(LayoutProperties)], MaxTest = 300)]
    public void Read_AnyText_AllSpansFitTrimmedAndInOrder(string text)
    {
        var article = NewsPipeline.Default.Read(text);
        var layout = PlainTextLayoutReader.Read(text);

        LayoutTestKit.ShouldBeWellFormed(text, layout);
        article.Paragraphs.Select(p => p.Span.Start).Should().BeInAscendingOrder();
        foreach (var sentence in article.Sentences)
        {
            LayoutTestKit.ShouldBeTrimmedSpan(text, sentence.Span);
        }

        article.Sentences.Select(s => s.Span).Should().BeInAscendingOrder();
    }
}
