using System.Collections.Immutable;

using NewsModel.Model;
using NewsModel.Text;

using NodaTime;
using NodaTime.Text;

namespace NewsModel.Layout;

/// <summary>
/// What a YAML front matter block (between a first line <c>---</c> and a closing <c>---</c>) says
/// about the article. Only flat keys with scalars or lists are read; unknown keys and lines that
/// are not "key: value" or "- item" are ignored, so a broken block never fails the read.
/// </summary>
internal sealed record FrontMatter
{
    /// <summary>Where the body starts: just after the closing line.</summary>
    public int BodyStart { get; init; }

    public LocalDate? Published { get; init; }

    public string? Url { get; init; }

    public TextSegment? Title { get; init; }

    public TextSegment? Source { get; init; }

    public ImmutableArray<TextSegment> Bylines { get; init; } = [];

    /// <summary>Reads the front matter at the start of <paramref name="text"/>, or returns null when there is none.</summary>
    public static FrontMatter? TryRead(string text)
    {
        var firstEnd = LineEnd(text, 0);
        if (!IsFence(text, 0, firstEnd))
        {
            return null;
        }

        // Find the closing fence first: without one, the dashes are text, not front matter.
        var lineStart = NextLine(text, firstEnd);
        var contentStart = lineStart;
        var closing = -1;
        while (lineStart < text.Length)
        {
            var lineEnd = LineEnd(text, lineStart);
            if (IsFence(text, lineStart, lineEnd))
            {
                closing = lineStart;
                break;
            }

            lineStart = NextLine(text, lineEnd);
        }

        if (closing < 0)
        {
            return null;
        }

        var reader = new Builder(text);
        for (var start = contentStart; start < closing; start = NextLine(text, LineEnd(text, start)))
        {
            reader.ReadLine(start, LineEnd(text, start));
        }

        return reader.Build(NextLine(text, LineEnd(text, closing)));
    }

    private static int LineEnd(string text, int start)
    {
        var end = text.AsSpan(start).IndexOfAny('\r', '\n');
        return end < 0 ? text.Length : start + end;
    }

    private static int NextLine(string text, int lineEnd)
    {
        if (lineEnd < text.Length && text[lineEnd] == '\r')
        {
            lineEnd++;
        }

        if (lineEnd < text.Length && text[lineEnd] == '\n')
        {
            lineEnd++;
        }

        return lineEnd;
    }

    private static bool IsFence(string text, int start, int end) =>
        text.AsSpan(start, end - start).TrimEnd() is "---";

    private sealed class Builder(string text)
    {
        private readonly string text = text;
        private readonly ImmutableArray<TextSegment>.Builder bylines = ImmutableArray.CreateBuilder<TextSegment>();
        private string? listKey;
        private LocalDate? published;
        private string? url;
        private TextSegment? title;
        private TextSegment? source;

        public void ReadLine(int start, int end)
        {
            var span = TextScan.Trim(this.text, start, end);
            if (span.IsEmpty || this.text[span.Start] == '#')
            {
                return;
            }

            if (this.text[span.Start] == '-' && (span.Length == 1 || TextScan.IsSpace(this.text[span.Start + 1])))
            {
                // "- item" belongs to the last key whose value was left empty.
                if (this.listKey is not null)
                {
                    this.AddValue(this.listKey, TextScan.Trim(this.text, span.Start + 1, span.End));
                }

                return;
            }

            this.listKey = null;
            if (TextScan.IsSpace(this.text[start]))
            {
                // An indented line that is not a list item: a nested map we do not read.
                return;
            }

            var colon = this.text.AsSpan(span.Start, span.Length).IndexOf(':');
            if (colon <= 0)
            {
                return;
            }

            var key = this.text.Substring(span.Start, colon).Trim();
            var value = TextScan.Trim(this.text, span.Start + colon + 1, span.End);
            if (value.IsEmpty)
            {
                this.listKey = key;
            }
            else if (this.text[value.Start] == '[' && this.text[value.End - 1] == ']')
            {
                // A flow list "[a, b]": split on commas (quoted commas are not supported).
                var itemStart = value.Start + 1;
                for (var k = value.Start + 1; k < value.End; k++)
                {
                    if (this.text[k] is ',' or ']')
                    {
                        this.AddValue(key, TextScan.Trim(this.text, itemStart, k));
                        itemStart = k + 1;
                    }
                }
            }
            else
            {
                this.AddValue(key, value);
            }
        }

        public FrontMatter Build(int bodyStart) => new()
        {
            BodyStart = bodyStart,
            Published = this.published,
            Url = this.url,
            Title = this.title,
            Source = this.source,
            Bylines = this.bylines.ToImmutable(),
        };

        private void AddValue(string key, TextSpan value)
        {
            value = this.Unquote(value);
            if (value.IsEmpty)
            {
                return;
            }

            var segment = TextScan.Segment(this.text, value);
            switch (key.ToUpperInvariant())
            {
                case "PUBLISHED" or "DATE":
                    this.published ??= ParseDate(segment.Text);
                    break;
                case "URL":
                    this.url ??= segment.Text;
                    break;
                case "TITLE" or "HEADLINE":
                    this.title ??= segment;
                    break;
                case "SOURCE":
                    this.source ??= segment;
                    break;
                case "BYLINE" or "BYLINES" or "AUTHOR" or "AUTHORS":
                    this.bylines.Add(segment);
                    break;
                default:
                    // Unknown keys are ignored.
                    break;
            }
        }

        private TextSpan Unquote(TextSpan value)
        {
            if (value.Length >= 2)
            {
                var first = this.text[value.Start];
                if ((first is '"' or '\'') && this.text[value.End - 1] == first)
                {
                    return TextScan.Trim(this.text, value.Start + 1, value.End - 1);
                }
            }

            // An unquoted scalar may end with a " # comment".
            var comment = this.text.AsSpan(value.Start, value.Length).IndexOf(" #", StringComparison.Ordinal);
            return comment < 0 ? value : TextScan.Trim(this.text, value.Start, value.Start + comment);
        }

        private static LocalDate? ParseDate(string value)
        {
            // A date, or a date-time whose date part we keep ("2019-09-25T10:00:00Z").
            if (value.Length < 10)
            {
                return null;
            }

            var result = LocalDatePattern.Iso.Parse(value[..10]);
            return result.Success ? result.Value : null;
        }
    }
}
