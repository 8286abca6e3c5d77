using System.Collections.Immutable;

using NewsModel.Model;
namespace NewsModel.Serialization;

// The reader's part for events, their participants and money amounts.
internal ref partial struct ModelReader<TSource>
    where TSource : ITokenSource, allows ref struct
{
    private ImmutableArray<Event> Events()
    {
        var items = ImmutableArray.CreateBuilder<Event>();
        if (this.StartList("events"))
        {
            while (this.NextItem())
            {
                items.Add(this.EventHere());
            }
        }

        return items.DrainToImmutable();
    }

    private Event EventHere()
    {
        const string What = "event";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? id = null;
        EventType? type = null;
        string? cameo = null;
        TextSegment? trigger = null;
        var participants = ImmutableArray.CreateBuilder<Participant>();
        string? place = null;
        string? time = null;
        Modality? modality = null;
        MoneyAmount? amount = null;
        TextSpan? span = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "id":
                    this.Once(ref seen, 0, key, keyMark, What);
                    id = this.NewId(this.eventIds, "event");
                    break;
                case "type":
                    this.Once(ref seen, 1, key, keyMark, What);
                    type = this.Enum<EventType>("event type");
                    break;
                case "cameo":
                    this.Once(ref seen, 2, key, keyMark, What);
                    cameo = this.OptionalString("event cameo code");
                    break;
                case "trigger":
                    this.Once(ref seen, 3, key, keyMark, What);
                    trigger = this.Segment("event trigger");
                    break;
                case "participants":
                    this.Once(ref seen, 4, key, keyMark, What);
                    if (this.StartList("participants"))
                    {
                        while (this.NextItem())
                        {
                            participants.Add(this.ParticipantHere());
                        }
                    }

                    break;
                case "place":
                    this.Once(ref seen, 5, key, keyMark, What);
                    place = this.OptionalReference(IdKind.Actor, "event place");
                    break;
                case "time":
                    this.Once(ref seen, 6, key, keyMark, What);
                    time = this.OptionalReference(IdKind.Time, "event time");
                    break;
                case "modality":
                    this.Once(ref seen, 7, key, keyMark, What);
                    modality = this.Enum<Modality>("event modality");
                    break;
                case "amount":
                    this.Once(ref seen, 8, key, keyMark, What);
                    this.Next();
                    amount = this.Kind == TokenKind.Null ? null : this.AmountHere();
                    break;
                case "span":
                    this.Once(ref seen, 9, key, keyMark, What);
                    span = this.Span(What);
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        return new Event(
            new EventId(id ?? throw this.Missing("id", What, mark)),
            type ?? throw this.Missing("type", What, mark),
            trigger ?? throw this.Missing("trigger", What, mark),
            span ?? throw this.Missing("span", What, mark))
        {
            Cameo = cameo,
            Participants = participants.DrainToImmutable(),
            Place = place is null ? null : new ActorId(place),
            Time = time is null ? null : new TimeId(time),
            Modality = modality ?? throw this.Missing("modality", What, mark),
            Amount = amount,
        };
    }

    private Participant ParticipantHere()
    {
        const string What = "participant";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? actor = null;
        ParticipantRole? role = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "actor":
                    this.Once(ref seen, 0, key, keyMark, What);
                    actor = this.String("participant actor");
                    this.references.Add(new Reference(IdKind.Actor, actor, this.Here, "participant actor"));
                    break;
                case "role":
                    this.Once(ref seen, 1, key, keyMark, What);
                    role = this.Enum<ParticipantRole>("participant role");
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        return new Participant(new ActorId(actor ?? throw this.Missing("actor", What, mark)), role ?? throw this.Missing("role", What, mark));
    }

    private MoneyAmount AmountHere()
    {
        const string What = "amount";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? text = null;
        TextSpan? span = null;
        decimal? value = null;
        string? currency = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "text":
                    this.Once(ref seen, 0, key, keyMark, What);
                    text = this.String("amount text");
                    break;
                case "span":
                    this.Once(ref seen, 1, key, keyMark, What);
                    span = this.Span(What);
                    break;
                case "value":
                    this.Once(ref seen, 2, key, keyMark, What);
                    value = this.OptionalDecimal("amount value");
                    break;
                case "currency":
                    this.Once(ref seen, 3, key, keyMark, What);
                    currency = this.OptionalString("amount currency");
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        var (checkedText, checkedSpan) = this.TextAtSpan(text, span, mark, What);
        return new MoneyAmount(checkedText, checkedSpan, value, currency);
    }
}
