using NewsModel.Model;
namespace NewsModel.Serialization;

// The reader's part for segments and spans, and the check of every span and segment text against the article text once it is read.
internal ref partial struct ModelReader<TSource>
    where TSource : ITokenSource, allows ref struct
{
    private TextSegment? OptionalSegment(string what)
    {
        this.Next();
        return this.Kind == TokenKind.Null ? null : this.SegmentHere(what);
    }

    private TextSegment Segment(string what)
    {
        this.Next();
        return this.SegmentHere(what);
    }

    private TextSegment SegmentHere(string what)
    {
        var mark = this.ExpectObject(what);
        var seen = 0;
        string? text = null;
        TextSpan? span = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "text":
                    this.Once(ref seen, 0, key, keyMark, what);
                    text = this.String(what + " text");
                    break;
                case "span":
                    this.Once(ref seen, 1, key, keyMark, what);
                    span = this.Span(what);
                    break;
                default:
                    throw this.Unknown(key, keyMark, what);
            }
        }

        var (checkedText, checkedSpan) = this.TextAtSpan(text, span, mark, what);
        return new TextSegment(checkedText, checkedSpan);
    }

    private TextSpan SpanHolderHere(string what)
    {
        // A paragraph or a sentence: an object holding only a span.
        var mark = this.ExpectObject(what);
        var seen = 0;
        TextSpan? span = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            if (key != "span")
            {
                throw this.Unknown(key, keyMark, what);
            }

            this.Once(ref seen, 0, key, keyMark, what);
            span = this.Span(what);
        }

        return span ?? throw this.Missing("span", what, mark);
    }

    private TextSpan Span(string what)
    {
        this.Next();
        return this.SpanHere(what);
    }

    private TextSpan SpanHere(string what)
    {
        var context = what + " span";
        var mark = this.ExpectObject(context);
        var seen = 0;
        int? start = null;
        int? length = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "start":
                    this.Once(ref seen, 0, key, keyMark, context);
                    start = this.NonNegative(context + " start");
                    break;
                case "length":
                    this.Once(ref seen, 1, key, keyMark, context);
                    length = this.NonNegative(context + " length");
                    break;
                default:
                    throw this.Unknown(key, keyMark, context);
            }
        }

        var span = new TextSpan(start ?? throw this.Missing("start", context, mark), length ?? throw this.Missing("length", context, mark));
        this.spans.Add(new SpanCheck(span, null, mark, what));
        return span;
    }

    private (string Text, TextSpan Span) TextAtSpan(string? text, TextSpan? span, long mark, string what)
    {
        var checkedText = text ?? throw this.Missing("text", what, mark);
        var checkedSpan = span ?? throw this.Missing("span", what, mark);
        this.spans.Add(new SpanCheck(checkedSpan, checkedText, mark, what));
        return (checkedText, checkedSpan);
    }

    private void Validate(string text)
    {
        foreach (var check in this.spans)
        {
            var span = check.Span;
            if (!span.FitsIn(text.Length))
            {
                throw this.Error(check.Mark, $"the {check.What} span {{start: {span.Start}, length: {span.Length}}} is outside the article text ({text.Length} characters)");
            }

            if (SplitsPair(text, span.Start) || SplitsPair(text, span.End))
            {
                throw this.Error(check.Mark, $"the {check.What} span {{start: {span.Start}, length: {span.Length}}} splits a surrogate pair");
            }

            if (check.Text is { } expected && !text.AsSpan(span.Start, span.Length).SequenceEqual(expected))
            {
                throw this.Error(check.Mark, $"the {check.What} text {TextPosition.Excerpt(expected)} is not the text at its span, {TextPosition.Excerpt(text.Substring(span.Start, span.Length))}");
            }
        }

        foreach (var reference in this.references)
        {
            var (ids, kind) = reference.Kind == IdKind.Actor ? (this.actorIds, "an actor") : (this.timeIds, "a time");
            if (!ids.Contains(reference.Id))
            {
                throw this.Error(reference.Mark, $"the {reference.What} {TextPosition.Excerpt(reference.Id)} is not the id of {kind} in this file");
            }
        }
    }

    private static bool SplitsPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);
}
