using NewsModel.Layout;
using NewsModel.Model;

namespace NewsModel.Tests.Layout;

/// <summary>Shared helpers: the seed's location and the invariants every layout must keep.</summary>
internal static class LayoutTestKit
{
    public const string SeedName = "000_ed9b2998fb345c7b.txt";

    /// <summary>The seed file, found by walking up from the test assembly to the folder holding NewsModel.sln.</summary>
    public static string SeedPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsModel.sln")))
                {
                    return Path.Combine(dir.FullName, "seeds", SeedName);
                }
            }

            throw new InvalidOperationException("NewsModel.sln not found above the test assembly.");
        }
    }

    public static string ReadSeed() => File.ReadAllText(SeedPath);

    public static string Slice(string text, TextSpan span) => span.Slice(text);

    /// <summary>The texts of the paragraphs of every section, in order.</summary>
    public static IReadOnlyList<string> ParagraphTexts(string text, ArticleLayout layout) =>
        layout.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Span.Slice(text)).ToList();

    /// <summary>Every span fits, is trimmed and (for segments) matches its text.</summary>
    public static void ShouldBeWellFormed(string text, ArticleLayout layout)
    {
        var segments = new List<TextSegment?> { layout.Headline, layout.Standfirst, layout.Source, layout.Dateline?.Place, layout.Dateline?.Agency };
        segments.AddRange(layout.Bylines);
        segments.AddRange(layout.Media.SelectMany(m => new[] { m.Title, m.Caption, m.Credit }));
        segments.AddRange(layout.Sections.Select(s => s.Heading));
        foreach (var segment in segments.OfType<TextSegment>())
        {
            ShouldBeTrimmedSpan(text, segment.Span);
            segment.Text.Should().Be(segment.Span.Slice(text));
        }

        foreach (var paragraph in layout.Sections.SelectMany(s => s.Paragraphs))
        {
            ShouldBeTrimmedSpan(text, paragraph.Span);
        }

        if (layout.Dateline is { } dateline)
        {
            dateline.Text.Should().Be(dateline.Span.Slice(text));
        }
    }

    public static void ShouldBeTrimmedSpan(string text, TextSpan span)
    {
        span.FitsIn(text.Length).Should().BeTrue($"span {span} must fit in a text of {text.Length}");
        span.IsEmpty.Should().BeFalse();
        char.IsWhiteSpace(text[span.Start]).Should().BeFalse($"span {span} must not start with white space");
        char.IsWhiteSpace(text[span.End - 1]).Should().BeFalse($"span {span} must not end with white space");
    }
}
