using System.Collections.Immutable;

using NewsModel.Model;
namespace NewsModel.Serialization;

// The reader's part for actors and their mentions.
internal ref partial struct ModelReader<TSource>
    where TSource : ITokenSource, allows ref struct
{
    private ImmutableArray<Actor> Actors()
    {
        var items = ImmutableArray.CreateBuilder<Actor>();
        if (this.StartList("actors"))
        {
            while (this.NextItem())
            {
                items.Add(this.ActorHere());
            }
        }

        return items.DrainToImmutable();
    }

    private Actor ActorHere()
    {
        const string What = "actor";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? id = null;
        string? name = null;
        ActorKind? kind = null;
        string? affiliation = null;
        var roles = ImmutableArray.CreateBuilder<string>();
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "id":
                    this.Once(ref seen, 0, key, keyMark, What);
                    id = this.NewId(this.actorIds, "actor");
                    break;
                case "name":
                    this.Once(ref seen, 1, key, keyMark, What);
                    name = this.String("actor name");
                    break;
                case "kind":
                    this.Once(ref seen, 2, key, keyMark, What);
                    kind = this.Enum<ActorKind>("actor kind");
                    break;
                case "roles":
                    this.Once(ref seen, 3, key, keyMark, What);
                    if (this.StartList("roles"))
                    {
                        while (this.NextItem())
                        {
                            roles.Add(this.StringHere("role"));
                        }
                    }

                    break;
                case "affiliation":
                    this.Once(ref seen, 4, key, keyMark, What);
                    affiliation = this.OptionalReference(IdKind.Actor, "actor affiliation");
                    break;
                case "mentions":
                    this.Once(ref seen, 5, key, keyMark, What);
                    if (this.StartList("mentions"))
                    {
                        while (this.NextItem())
                        {
                            mentions.Add(this.MentionHere());
                        }
                    }

                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        return new Actor(
            new ActorId(id ?? throw this.Missing("id", What, mark)),
            name ?? throw this.Missing("name", What, mark),
            kind ?? throw this.Missing("kind", What, mark))
        {
            Roles = roles.DrainToImmutable(),
            Affiliation = affiliation is null ? null : new ActorId(affiliation),
            Mentions = mentions.DrainToImmutable(),
        };
    }

    private Mention MentionHere()
    {
        const string What = "mention";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? text = null;
        TextSpan? span = null;
        MentionKind? kind = null;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "text":
                    this.Once(ref seen, 0, key, keyMark, What);
                    text = this.String("mention text");
                    break;
                case "span":
                    this.Once(ref seen, 1, key, keyMark, What);
                    span = this.Span(What);
                    break;
                case "kind":
                    this.Once(ref seen, 2, key, keyMark, What);
                    kind = this.Enum<MentionKind>("mention kind");
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        var (checkedText, checkedSpan) = this.TextAtSpan(text, span, mark, What);
        return new Mention(checkedText, checkedSpan, kind ?? throw this.Missing("kind", What, mark));
    }
}
