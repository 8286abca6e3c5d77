using System.Collections.Immutable;

using NewsModel.Model;

using NodaTime;
namespace NewsModel.Serialization;

// The reader's part for time expressions and tagged tokens.
internal ref partial struct ModelReader<TSource>
    where TSource : ITokenSource, allows ref struct
{
    private ImmutableArray<TimeExpression> Times()
    {
        var items = ImmutableArray.CreateBuilder<TimeExpression>();
        if (this.StartList("times"))
        {
            while (this.NextItem())
            {
                items.Add(this.TimeHere());
            }
        }

        return items.DrainToImmutable();
    }

    private TimeExpression TimeHere()
    {
        const string What = "time";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? id = null;
        string? text = null;
        TextSpan? span = null;
        TimeType? type = null;
        string? value = null;
        TimePrecision? precision = null;
        LocalDate? start = null;
        LocalDate? end = null;
        TimeMod? mod = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "id":
                    this.Once(ref seen, 0, key, keyMark, What);
                    id = this.NewId(this.timeIds, "time");
                    break;
                case "text":
                    this.Once(ref seen, 1, key, keyMark, What);
                    text = this.String("time text");
                    break;
                case "span":
                    this.Once(ref seen, 2, key, keyMark, What);
                    span = this.Span(What);
                    break;
                case "type":
                    this.Once(ref seen, 3, key, keyMark, What);
                    type = this.Enum<TimeType>("time type");
                    break;
                case "value":
                    this.Once(ref seen, 4, key, keyMark, What);
                    value = this.String("time value");
                    break;
                case "precision":
                    this.Once(ref seen, 5, key, keyMark, What);
                    precision = this.OptionalEnum<TimePrecision>("time precision");
                    break;
                case "start":
                    this.Once(ref seen, 6, key, keyMark, What);
                    start = this.OptionalDate("time start");
                    break;
                case "end":
                    this.Once(ref seen, 7, key, keyMark, What);
                    end = this.OptionalDate("time end");
                    break;
                case "mod":
                    this.Once(ref seen, 8, key, keyMark, What);
                    mod = this.OptionalEnum<TimeMod>("time mod");
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        var timeId = id ?? throw this.Missing("id", What, mark);
        var (checkedText, checkedSpan) = this.TextAtSpan(text, span, mark, What);
        return new TimeExpression(
            new TimeId(timeId),
            checkedText,
            checkedSpan,
            type ?? throw this.Missing("type", What, mark),
            value ?? throw this.Missing("value", What, mark))
        {
            Precision = precision,
            Start = start,
            End = end,
            Mod = mod,
        };
    }

    private ImmutableArray<TaggedToken> Tokens()
    {
        const string What = "token";
        var items = ImmutableArray.CreateBuilder<TaggedToken>();

        // A model file holds thousands of tokens and a few dozen tags: one string per tag.
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (this.StartList("tokens"))
        {
            while (this.NextItem())
            {
                var mark = this.ExpectObject(What);
                var seen = 0;
                TextSpan? span = null;
                string? tag = null;
                while (this.NextKey(out var key, out var keyMark))
                {
                    switch (key)
                    {
                        case "span":
                            this.Once(ref seen, 0, key, keyMark, What);
                            span = this.Span(What);
                            break;
                        case "tag":
                            this.Once(ref seen, 1, key, keyMark, What);
                            var text = this.String("token tag");
                            if (text.Length == 0)
                            {
                                throw this.Error(keyMark, "a token's tag is empty");
                            }

                            tag = tags.TryGetValue(text, out var kept) ? kept : tags[text] = text;
                            break;
                        default:
                            throw this.Unknown(key, keyMark, What);
                    }
                }

                items.Add(new TaggedToken(span ?? throw this.Missing("span", What, mark), tag ?? throw this.Missing("tag", What, mark)));
            }
        }

        return items.DrainToImmutable();
    }
}
