using NewsModel.Model;

using NodaTime;

namespace NewsModel.Layout;

/// <summary>What the plain-text reader finds in an article's text, before any extraction.</summary>
public sealed record ArticleLayout
{
    /// <summary>The headline.</summary>
    public TextSegment? Headline { get; init; }

    /// <summary>The standfirst under the headline.</summary>
    public TextSegment? Standfirst { get; init; }

    /// <summary>Bylines, from a "By ..." line or front matter.</summary>
    public EquatableArray<TextSegment> Bylines { get; init; }

    /// <summary>The dateline that opens the body.</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>The source line ("Source: Al Jazeera") or front matter's source.</summary>
    public TextSegment? Source { get; init; }

    /// <summary>Pictures.</summary>
    public EquatableArray<MediaItem> Media { get; init; }

    /// <summary>The body's sections.</summary>
    public EquatableArray<Section> Sections { get; init; }

    /// <summary>The publication date from front matter.</summary>
    public LocalDate? Published { get; init; }

    /// <summary>The URL from front matter.</summary>
    public string? Url { get; init; }
}
