using System.Collections.Immutable;

using FsCheck;
using FsCheck.Fluent;

using NewsModel.Model;

using NodaTime;

namespace NewsModel.Tests.Serialization;

/// <summary>
/// Generates valid articles: text full of what breaks serializers (CRLF, tabs, no-break spaces,
/// quotes, backslashes, control characters, YAML words such as "yes" and "null", astral
/// characters), spans on character boundaries with segment texts taken from the text, unique ids,
/// references to ids that exist, and every optional value sometimes null.
/// </summary>
public static class ArticleGenerators
{
    private static readonly string[] Words =
    [
        "yes", "No", "null", "~", "true", "123", "-", "- ", "3.50", "1e3", "0x1F", ": ", " #", "&a", "*a", "!tag",
        "Putin", "said", "Moscow", "\"", "'", "\\", "---", "...", "{", "}", "[", "]", ",", "%",
    ];

    private static readonly string[] Odd =
    [
        "\r\n", "\r", "\t", "\u00A0", "\u0001", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u0000", "\u007F",
        "é", "ж", "中", "\U0001F600", "\U00010348", "’", "—",
    ];

    /// <summary>The arbitrary FsCheck uses for <see cref="Article"/> parameters.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Article> Article() => Arb.From(ArticleGen);

    /// <summary>Text as units that never split a surrogate pair; spans fall on unit boundaries.</summary>
    private static Gen<string[]> Units =>
        Gen.Frequency(
            (30, Gen.Elements("a", "b", "c", "x", "Y", "Z", "0", "7")),
            (12, Gen.Constant(" ")),
            (6, Gen.Constant("\n")),
            (6, Gen.Elements(Words)),
            (4, Gen.Elements(Odd)))
        .ArrayOf();

    private static Gen<Article> ArticleGen =>
        from units in Units
        let text = string.Concat(units)
        let bounds = Bounds(units)
        from id in Gen.Elements("a1", "yes", "123", "", "x y", "ж")
        from published in OptionalValue(DateGen)
        from url in Optional(FreeText)
        from headline in Optional(SegmentGen(text, bounds))
        from standfirst in Optional(SegmentGen(text, bounds))
        from bylines in SegmentGen(text, bounds).ListOf()
        from dateline in Optional(DatelineGen(text, bounds))
        from source in Optional(SegmentGen(text, bounds))
        from media in MediaGen(text, bounds).ListOf()
        from sections in SectionGen(text, bounds).ListOf()
        from sentences in SpanGen(bounds).Select(s => new Sentence(s)).ListOf()
        from tokens in Gen.Zip(SpanGen(bounds), Gen.Elements("NNP", "VBD", ",", "``", "yes", "-LRB-", "$")).Select(t => new TaggedToken(t.Item1, t.Item2)).ListOf()
        from actorCount in Gen.Choose(0, 4)
        from actors in ActorsGen(text, bounds, actorCount)
        from times in TimesGen(text, bounds)
        from quotes in QuotesGen(text, bounds, actorCount)
        from events in EventsGen(text, bounds, actorCount, times.Length)
        select new Article(new ArticleId(id), text)
        {
            Published = published,
            Url = url,
            Headline = headline,
            Standfirst = standfirst,
            Bylines = [.. bylines],
            Dateline = dateline,
            Source = source,
            Media = [.. media],
            Sections = [.. sections],
            Sentences = [.. sentences],
            Tokens = [.. tokens],
            Actors = actors,
            Quotes = quotes,
            Times = times,
            Events = events,
        };

    private static Gen<string> FreeText => Units.Select(string.Concat);

    private static Gen<LocalDate> DateGen =>
        from year in Gen.Choose(1, 9999)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        select new LocalDate(year, month, day);

    private static int[] Bounds(string[] units)
    {
        var bounds = new int[units.Length + 1];
        for (var i = 0; i < units.Length; i++)
        {
            bounds[i + 1] = bounds[i] + units[i].Length;
        }

        return bounds;
    }

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    private static Gen<T?> OptionalValue<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    private static Gen<T> EnumGen<T>()
        where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

    private static Gen<TextSpan> SpanGen(int[] bounds) =>
        from a in Gen.Choose(0, bounds.Length - 1)
        from b in Gen.Choose(0, bounds.Length - 1)
        select TextSpan.FromBounds(bounds[Math.Min(a, b)], bounds[Math.Max(a, b)]);

    private static Gen<TextSegment> SegmentGen(string text, int[] bounds) =>
        SpanGen(bounds).Select(s => new TextSegment(s.Slice(text), s));

    private static Gen<Dateline> DatelineGen(string text, int[] bounds) =>
        from span in SpanGen(bounds)
        from place in Optional(SegmentGen(text, bounds))
        from agency in Optional(SegmentGen(text, bounds))
        select new Dateline(span.Slice(text), span, place, agency);

    private static Gen<MediaItem> MediaGen(string text, int[] bounds) =>
        from title in Optional(SegmentGen(text, bounds))
        from caption in Optional(SegmentGen(text, bounds))
        from credit in Optional(SegmentGen(text, bounds))
        select new MediaItem(title, caption, credit);

    private static Gen<Section> SectionGen(string text, int[] bounds) =>
        from heading in Optional(SegmentGen(text, bounds))
        from paragraphs in SpanGen(bounds).Select(s => new Paragraph(s)).ListOf()
        select new Section(heading, [.. paragraphs]);

    // Ids carry an index so they are unique, after a prefix that YAML would misread if unquoted.
    private static Gen<string> IdGen(string kind, int index) =>
        Gen.Elements("", "yes-", "1", "null", "x y ").Select(prefix => $"{prefix}{kind}{index}");

    private static Gen<ActorId?> ActorRef(int actorCount) =>
        actorCount == 0 ? Gen.Constant<ActorId?>(null) : OptionalValue(Gen.Choose(0, actorCount - 1).Select(i => ActorIdOf(i)));

    private static ActorId ActorIdOf(int index) => new($"actor-{index}");

    private static Gen<ImmutableArray<Actor>> ActorsGen(string text, int[] bounds, int count) =>
        Gen.CollectToArray(Enumerable.Range(0, count).Select(i =>
            from name in FreeText
            from kind in EnumGen<ActorKind>()
            from roles in FreeText.ListOf()
            from affiliation in ActorRef(count)
            from mentions in (from span in SpanGen(bounds) from mentionKind in EnumGen<MentionKind>() select new Mention(span.Slice(text), span, mentionKind)).ListOf()
            select new Actor(ActorIdOf(i), name, kind) { Roles = [.. roles], Affiliation = affiliation, Mentions = [.. mentions] }))
        .Select(a => a.ToImmutableArray());

    private static Gen<ImmutableArray<Quote>> QuotesGen(string text, int[] bounds, int actorCount) =>
        from count in Gen.Choose(0, 3)
        from quotes in Gen.CollectToArray(Enumerable.Range(0, count).Select(i =>
            from id in IdGen("q", i)
            from kind in EnumGen<QuoteKind>()
            from span in SpanGen(bounds)
            from parts in PartsGen(span, bounds)
            from speaker in ActorRef(actorCount)
            from speakerMention in OptionalValue(SpanGen(bounds))
            from cue in Optional(SegmentGen(text, bounds))
            from addressee in ActorRef(actorCount)
            select new Quote(new QuoteId(id), kind, span.Slice(text), span)
            {
                Parts = parts,
                Speaker = speaker,
                SpeakerMention = speakerMention,
                Cue = cue,
                Addressee = addressee,
            }))
        select quotes.ToImmutableArray();

    // A quote's parts: none mostly, else two or more spans inside it, in order and apart, between its bounds.
    private static Gen<ImmutableArray<TextSpan>> PartsGen(TextSpan span, int[] bounds)
    {
        var inside = bounds.Where(b => b >= span.Start && b <= span.End).Distinct().Order().ToArray();
        var some = Gen.ArrayOf(Gen.Elements(true, false), inside.Length).Select(keep =>
        {
            var chosen = inside.Where((_, i) => keep[i]).ToArray();
            var parts = ImmutableArray.CreateBuilder<TextSpan>();
            for (var i = 0; i + 1 < chosen.Length; i += 2)
            {
                parts.Add(TextSpan.FromBounds(chosen[i], chosen[i + 1]));
            }

            return parts.Count == 1 ? [] : parts.ToImmutable();
        });
        return Gen.Frequency((2, Gen.Constant(ImmutableArray<TextSpan>.Empty)), (1, some));
    }

    private static Gen<ImmutableArray<TimeExpression>> TimesGen(string text, int[] bounds) =>
        from count in Gen.Choose(0, 3)
        from times in Gen.CollectToArray(Enumerable.Range(0, count).Select(i =>
            from span in SpanGen(bounds)
            from type in EnumGen<TimeType>()
            from value in Gen.Elements("2019-09-25", "2019", "P3M", "PAST_REF", "XXXX-09", "2019-W39", "yes")
            from precision in OptionalValue(EnumGen<TimePrecision>())
            from start in OptionalValue(DateGen)
            from end in OptionalValue(DateGen)
            from mod in OptionalValue(EnumGen<TimeMod>())
            select new TimeExpression(new TimeId($"t{i}"), span.Slice(text), span, type, value)
            {
                Precision = precision,
                Start = start,
                End = end,
                Mod = mod,
            }))
        select times.ToImmutableArray();

    private static Gen<MoneyAmount> AmountGen(string text, int[] bounds) =>
        from span in SpanGen(bounds)
        from units in Gen.Choose(0, int.MaxValue)
        from scale in Gen.Choose(0, 4)
        from hasValue in Gen.Elements(true, false)
        from currency in Optional(Gen.Elements("USD", "EUR", "RUB", "yes"))
        select new MoneyAmount(span.Slice(text), span, hasValue ? new decimal(units, 0, 0, false, (byte)scale) : null, currency);

    private static Gen<ImmutableArray<Event>> EventsGen(string text, int[] bounds, int actorCount, int timeCount) =>
        from count in Gen.Choose(0, 3)
        from events in Gen.CollectToArray(Enumerable.Range(0, count).Select(i =>
            from id in IdGen("e", i)
            from type in EnumGen<EventType>()
            from cameo in Optional(Gen.Elements("04", "042", "1", "010"))
            from trigger in SegmentGen(text, bounds)
            from span in SpanGen(bounds)
            from participants in actorCount == 0
                ? Gen.Constant(new List<Participant>())
                : (from actor in Gen.Choose(0, actorCount - 1) from role in EnumGen<ParticipantRole>() select new Participant(ActorIdOf(actor), role)).ListOf()
            from place in ActorRef(actorCount)
            from time in timeCount == 0 ? Gen.Constant<TimeId?>(null) : OptionalValue(Gen.Choose(0, timeCount - 1).Select(t => new TimeId($"t{t}")))
            from modality in EnumGen<Modality>()
            from amount in Optional(AmountGen(text, bounds))
            select new Event(new EventId(id), type, trigger, span)
            {
                Cameo = cameo,
                Participants = [.. participants],
                Place = place,
                Time = time,
                Modality = modality,
                Amount = amount,
            }))
        select events.ToImmutableArray();
}
