using System.Collections.Immutable;

using NewsModel.Model;

using NodaTime;
namespace NewsModel.Serialization;

/// <summary>
/// The one mapping from <c>newsmodel/1</c> tokens to the model, for JSON and YAML alike. It is
/// strict: unknown and duplicate keys, wrong types, bad enum names and dates are errors where they
/// stand. Spans, segment texts and id references are checked once the whole file is read (keys may
/// come in any order), each error still pointing at the place it came from.
/// </summary>
/// <typeparam name="TSource">The token source (a ref struct for JSON, so no bytes are copied).</typeparam>
internal ref partial struct ModelReader<TSource>
    where TSource : ITokenSource, allows ref struct
{
    private const string TopLevel = "the top level";

    private readonly List<SpanCheck> spans = [];
    private readonly List<Reference> references = [];
    private readonly HashSet<string> actorIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> quoteIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> timeIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> eventIds = new(StringComparer.Ordinal);
    // Not readonly: the JSON source is a struct that Read() advances in place; a readonly field
    // would hand every call a fresh copy and the reader would never move.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE0044:Add readonly modifier", Justification = "Mutable struct advanced in place.")]
    private TSource source;

    public ModelReader(TSource source) => this.source = source;

    private enum IdKind
    {
        Actor,
        Time,
    }

    private TokenKind Kind => this.source.Kind;

    private long Here => this.source.Mark;

    /// <summary>Reads the whole input: one model, then the end.</summary>
    /// <returns>The article.</returns>
    public Article Read()
    {
        this.Next();
        if (this.Kind == TokenKind.EndOfInput)
        {
            throw this.Error(this.Here, "the file holds no model (it is empty)");
        }

        if (this.Kind != TokenKind.StartObject)
        {
            throw this.Error(this.Here, $"the top level must be an object with \"schema\": \"{Keys.SchemaVersion}\", found {this.Describe()}");
        }

        var mark = this.Here;
        var seen = 0;
        var schema = false;
        Article? article = null;
        var actors = ImmutableArray<Actor>.Empty;
        var quotes = ImmutableArray<Quote>.Empty;
        var times = ImmutableArray<TimeExpression>.Empty;
        var events = ImmutableArray<Event>.Empty;
        var tokens = ImmutableArray<TaggedToken>.Empty;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "schema":
                    this.Once(ref seen, 0, key, keyMark, TopLevel);
                    this.Schema();
                    schema = true;
                    break;
                case "article":
                    this.Once(ref seen, 1, key, keyMark, TopLevel);
                    this.Next();
                    article = this.ArticleHere();
                    break;
                case "actors":
                    this.Once(ref seen, 2, key, keyMark, TopLevel);
                    actors = this.Actors();
                    break;
                case "quotes":
                    this.Once(ref seen, 3, key, keyMark, TopLevel);
                    quotes = this.Quotes();
                    break;
                case "times":
                    this.Once(ref seen, 4, key, keyMark, TopLevel);
                    times = this.Times();
                    break;
                case "events":
                    this.Once(ref seen, 5, key, keyMark, TopLevel);
                    events = this.Events();
                    break;
                case "tokens":
                    this.Once(ref seen, 6, key, keyMark, TopLevel);
                    tokens = this.Tokens();
                    break;
                default:
                    throw this.Unknown(key, keyMark, TopLevel);
            }
        }

        if (!schema)
        {
            throw this.Error(mark, $"missing \"schema\": expected \"{Keys.SchemaVersion}\"");
        }

        if (article is null)
        {
            throw this.Missing("article", TopLevel, mark);
        }

        this.Next();
        if (this.Kind != TokenKind.EndOfInput)
        {
            throw this.Error(this.Here, $"unexpected {this.Describe()} after the model");
        }

        this.Validate(article.Text);
        return article with { Actors = actors, Quotes = quotes, Times = times, Events = events, Tokens = tokens };
    }

    private void Schema()
    {
        this.Next();
        var found = this.Kind == TokenKind.String ? TextPosition.Excerpt(this.source.GetString()) : this.Describe();
        if (this.Kind != TokenKind.String || this.source.GetString() != Keys.SchemaVersion)
        {
            throw this.Error(this.Here, $"unsupported schema {found}: expected \"{Keys.SchemaVersion}\"");
        }
    }

    private Article ArticleHere()
    {
        const string What = "article";
        var mark = this.ExpectObject(What);
        var seen = 0;
        string? id = null;
        string? text = null;
        string? url = null;
        LocalDate? published = null;
        TextSegment? headline = null;
        TextSegment? standfirst = null;
        TextSegment? source = null;
        Dateline? dateline = null;
        var bylines = ImmutableArray<TextSegment>.Empty;
        var media = ImmutableArray<MediaItem>.Empty;
        var sections = ImmutableArray<Section>.Empty;
        var sentences = ImmutableArray<Sentence>.Empty;
        while (this.NextKey(out var key, out var keyMark))
        {
            switch (key)
            {
                case "id":
                    this.Once(ref seen, 0, key, keyMark, What);
                    id = this.String("article id");
                    break;
                case "text":
                    this.Once(ref seen, 1, key, keyMark, What);
                    text = this.String("article text");
                    break;
                case "published":
                    this.Once(ref seen, 2, key, keyMark, What);
                    published = this.OptionalDate("article published date");
                    break;
                case "url":
                    this.Once(ref seen, 3, key, keyMark, What);
                    url = this.OptionalString("article url");
                    break;
                case "headline":
                    this.Once(ref seen, 4, key, keyMark, What);
                    headline = this.OptionalSegment("headline");
                    break;
                case "standfirst":
                    this.Once(ref seen, 5, key, keyMark, What);
                    standfirst = this.OptionalSegment("standfirst");
                    break;
                case "bylines":
                    this.Once(ref seen, 6, key, keyMark, What);
                    var bylineList = ImmutableArray.CreateBuilder<TextSegment>();
                    if (this.StartList("bylines"))
                    {
                        while (this.NextItem())
                        {
                            bylineList.Add(this.SegmentHere("byline"));
                        }
                    }

                    bylines = bylineList.DrainToImmutable();
                    break;
                case "dateline":
                    this.Once(ref seen, 7, key, keyMark, What);
                    this.Next();
                    dateline = this.Kind == TokenKind.Null ? null : this.DatelineHere();
                    break;
                case "source":
                    this.Once(ref seen, 8, key, keyMark, What);
                    source = this.OptionalSegment("source");
                    break;
                case "media":
                    this.Once(ref seen, 9, key, keyMark, What);
                    var mediaList = ImmutableArray.CreateBuilder<MediaItem>();
                    if (this.StartList("media"))
                    {
                        while (this.NextItem())
                        {
                            mediaList.Add(this.MediaHere());
                        }
                    }

                    media = mediaList.DrainToImmutable();
                    break;
                case "sections":
                    this.Once(ref seen, 10, key, keyMark, What);
                    var sectionList = ImmutableArray.CreateBuilder<Section>();
                    if (this.StartList("sections"))
                    {
                        while (this.NextItem())
                        {
                            sectionList.Add(this.SectionHere());
                        }
                    }

                    sections = sectionList.DrainToImmutable();
                    break;
                case "sentences":
                    this.Once(ref seen, 11, key, keyMark, What);
                    var sentenceList = ImmutableArray.CreateBuilder<Sentence>();
                    if (this.StartList("sentences"))
                    {
                        while (this.NextItem())
                        {
                            sentenceList.Add(new Sentence(this.SpanHolderHere("sentence")));
                        }
                    }

                    sentences = sentenceList.DrainToImmutable();
                    break;
                default:
                    throw this.Unknown(key, keyMark, What);
            }
        }

        return new Article(new ArticleId(id ?? throw this.Missing("id", What, mark)), text ?? throw this.Missing("text", What, mark))
        {
            Published = published,
            Url = url,
            Headline = headline,
            Standfirst = standfirst,
            Bylines = bylines,
            Dateline = dateline,
            Source = source,
            Media = media,
            Sections = sections,
            Sentences = sentences,
        };
    }
}
