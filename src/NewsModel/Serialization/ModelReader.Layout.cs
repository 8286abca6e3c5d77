using System.Collections.Immutable;

using NewsModel.Model;
namespace NewsModel.Serialization;

// The reader's part for the dateline, media and sections of the layout.
internal ref partial struct ModelReader<TSource>
    where TSource : ITokenSource, allows ref struct
{
    private Dateline DatelineHere()
    {
        const string What = "dateline";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? text = null;
        TextSpan? span = null;
        TextSegment? place = null;
        TextSegment? agency = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "text":
                    this.Once(ref seen, 0, key, keyMark, What);
                    text = this.String("dateline text");
                    break;
                case "span":
                    this.Once(ref seen, 1, key, keyMark, What);
                    span = this.Span(What);
                    break;
                case "place":
                    this.Once(ref seen, 2, key, keyMark, What);
                    place = this.OptionalSegment("dateline place");
                    break;
                case "agency":
                    this.Once(ref seen, 3, key, keyMark, What);
                    agency = this.OptionalSegment("dateline agency");
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        var (checkedText, checkedSpan) = this.TextAtSpan(text, span, mark, What);
        return new Dateline(checkedText, checkedSpan, place, agency);
    }

    private MediaItem MediaHere()
    {
        const string What = "media item";
        this.ExpectObject(What);
        var seen = 0;
        TextSegment? title = null;
        TextSegment? caption = null;
        TextSegment? credit = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "title":
                    this.Once(ref seen, 0, key, keyMark, What);
                    title = this.OptionalSegment("media title");
                    break;
                case "caption":
                    this.Once(ref seen, 1, key, keyMark, What);
                    caption = this.OptionalSegment("media caption");
                    break;
                case "credit":
                    this.Once(ref seen, 2, key, keyMark, What);
                    credit = this.OptionalSegment("media credit");
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        return new MediaItem(title, caption, credit);
    }

    private Section SectionHere()
    {
        const string What = "section";
        this.ExpectObject(What);
        var seen = 0;
        TextSegment? heading = null;
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "heading":
                    this.Once(ref seen, 0, key, keyMark, What);
                    heading = this.OptionalSegment("section heading");
                    break;
                case "paragraphs":
                    this.Once(ref seen, 1, key, keyMark, What);
                    if (this.StartList("paragraphs"))
                    {
                        while (this.NextItem())
                        {
                            paragraphs.Add(new Paragraph(this.SpanHolderHere("paragraph")));
                        }
                    }

                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        return new Section(heading, paragraphs.DrainToImmutable());
    }
}
