using System.Collections.Immutable;

using NewsModel.Model;
namespace NewsModel.Serialization;

// The reader's part for quotes.
internal ref partial struct ModelReader<TSource>
    where TSource : ITokenSource, allows ref struct
{
    private ImmutableArray<Quote> Quotes()
    {
        var items = ImmutableArray.CreateBuilder<Quote>();
        if (this.StartList("quotes"))
        {
            while (this.NextItem())
            {
                items.Add(this.QuoteHere());
            }
        }

        return items.DrainToImmutable();
    }

    private Quote QuoteHere()
    {
        const string What = "quote";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? id = null;
        QuoteKind? kind = null;
        string? text = null;
        TextSpan? span = null;
        string? speaker = null;
        TextSpan? speakerMention = null;
        TextSegment? cue = null;
        string? addressee = null;
        var parts = ImmutableArray<TextSpan>.Empty;
        var partsMark = 0L;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "id":
                    this.Once(ref seen, 0, key, keyMark, What);
                    id = this.NewId(this.quoteIds, "quote");
                    break;
                case "parts":
                    this.Once(ref seen, 8, key, keyMark, What);
                    partsMark = keyMark;
                    var partList = ImmutableArray.CreateBuilder<TextSpan>();
                    if (this.StartList("quote parts"))
                    {
                        while (this.NextItem())
                        {
                            partList.Add(this.SpanHere("quote part"));
                        }
                    }

                    parts = partList.DrainToImmutable();
                    break;
                case "kind":
                    this.Once(ref seen, 1, key, keyMark, What);
                    kind = this.Enum<QuoteKind>("quote kind");
                    break;
                case "text":
                    this.Once(ref seen, 2, key, keyMark, What);
                    text = this.String("quote text");
                    break;
                case "span":
                    this.Once(ref seen, 3, key, keyMark, What);
                    span = this.Span(What);
                    break;
                case "speaker":
                    this.Once(ref seen, 4, key, keyMark, What);
                    speaker = this.OptionalReference(IdKind.Actor, "quote speaker");
                    break;
                case "speakerMention":
                    this.Once(ref seen, 5, key, keyMark, What);
                    this.Next();
                    speakerMention = this.Kind == TokenKind.Null ? null : this.SpanHere("speaker mention");
                    break;
                case "cue":
                    this.Once(ref seen, 6, key, keyMark, What);
                    cue = this.OptionalSegment("cue");
                    break;
                case "addressee":
                    this.Once(ref seen, 7, key, keyMark, What);
                    addressee = this.OptionalReference(IdKind.Actor, "quote addressee");
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        var quoteId = id ?? throw this.Missing("id", What, mark);
        var quoteKind = kind ?? throw this.Missing("kind", What, mark);
        var (checkedText, checkedSpan) = this.TextAtSpan(text, span, mark, What);
        if (parts.Length == 1)
        {
            throw this.Error(partsMark, $"quote {quoteId} has one part: a quote in one piece has none, a split one two or more");
        }

        for (var p = 0; p < parts.Length; p++)
        {
            if (parts[p].Length == 0 || !checkedSpan.Contains(parts[p]) || (p > 0 && parts[p].Start < parts[p - 1].End))
            {
                throw this.Error(partsMark, $"the parts of quote {quoteId} must lie inside its span, in order and apart, none empty");
            }
        }

        return new Quote(new QuoteId(quoteId), quoteKind, checkedText, checkedSpan)
        {
            Parts = parts,
            Speaker = speaker is null ? null : new ActorId(speaker),
            SpeakerMention = speakerMention,
            Cue = cue,
            Addressee = addressee is null ? null : new ActorId(addressee),
        };
    }
}
