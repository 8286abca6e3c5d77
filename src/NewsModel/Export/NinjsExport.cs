using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Export;

/// <summary>
/// Writes an article as IPTC ninjs 3.1 (News in JSON), valid against
/// <c>http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json</c>.
/// </summary>
/// <remarks>
/// <para>The mapping, with the schema's property names:</para>
/// <list type="bullet">
/// <item><c>uri</c>: the article's absolute URL when it has one, otherwise <c>urn:newsmodel:</c> and
/// the article id; <c>altIds</c> carries the article id (role <c>newsmodel</c>) and the URL.</item>
/// <item><c>firstCreated</c> and <c>versionCreated</c>: the publication date at 00:00 UTC. ninjs
/// needs a date-time and the model knows only the date, so the time of day says nothing.</item>
/// <item><c>headlines</c> (role <c>main</c>), <c>descriptions</c> (the standfirst, role
/// <c>summary</c>), <c>bodies</c> (role <c>main</c>, <c>text/plain</c>: headings and paragraphs
/// separated by blank lines), <c>by</c> (the bylines), <c>located</c> (the dateline's place) and
/// <c>infoSources</c> (the "Source:" line, role <c>source</c>).</item>
/// <item><c>people</c>, <c>organisations</c> (groups too) and <c>places</c> (countries, cities
/// and other places): <c>name</c>, <c>rel</c> (<c>about</c> when the headline or standfirst names
/// the actor, otherwise <c>mentions</c>), <c>uri</c> <c>urn:newsmodel:actor:</c>+id and
/// <c>literal</c> the actor id, which is the same in every article.</item>
/// <item><c>events</c>: <c>id</c> (<c>e1</c>), <c>name</c> (the trigger text), <c>rel</c> (as for
/// actors), <c>uri</c> (the article URI with the event id as fragment) and <c>literal</c> (the event
/// type and its CAMEO code).</item>
/// <item>Quotes: ninjs has no quotes and its schema allows no extension property, so each quote is
/// an entry of <c>associations</c> (a nested ninjs object) with <c>rel</c> <c>quote</c>:
/// <c>name</c> the quote id, <c>uri</c> the article URI with the quote id as fragment,
/// <c>type</c> <c>text</c>, <c>bodies</c> the quoted words (role <c>quote</c>), <c>by</c> the
/// speaker's name, the speaker in <c>people</c>/<c>organisations</c>/<c>places</c> with
/// <c>rel</c> <c>speaker</c>, and <c>descriptions</c> with the quote kind (role <c>kind</c>) and the
/// cue (role <c>cue</c>).</item>
/// </list>
/// <para>Times and spans have no place in ninjs; use the <c>newsmodel/1</c> JSON for them.</para>
/// </remarks>
public static class NinjsExport
{
    /// <summary>The schema the output is valid against, as written in <c>standard.schema</c>.</summary>
    public const string SchemaUri = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

    /// <summary>Writes the article as an indented ninjs JSON string.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The JSON.</returns>
    public static string Serialize(Article article) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(article));

    /// <summary>Writes the article as indented ninjs JSON (UTF-8, no byte-order mark, "\n" line ends).</summary>
    /// <param name="article">The article.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var buffer = new ArrayBufferWriter<byte>(4096 + (article.Text.Length * 2));
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            WriteDocument(writer, article);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the article as indented ninjs JSON (UTF-8, no byte-order mark) to a stream, which is left open.</summary>
    /// <param name="article">The article.</param>
    /// <param name="output">Where the bytes go.</param>
    public static void Write(Article article, Stream output)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, JsonOptions);
        WriteDocument(writer, article);
    }

    internal static JsonWriterOptions JsonOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    internal static string ActorUri(ActorId id) => "urn:newsmodel:actor:" + Uri.EscapeDataString(id.Value ?? string.Empty);

    private static void WriteDocument(Utf8JsonWriter w, Article article)
    {
        var uri = ExportFacts.ArticleUri(article);
        var about = ExportFacts.AboutActors(article);
        var actors = ExportFacts.ActorsById(article);

        w.WriteStartObject();
        w.WriteString("uri", uri);
        w.WriteStartObject("standard");
        w.WriteString("name", "ninjs");
        w.WriteString("version", "3.1");
        w.WriteString("schema", SchemaUri);
        w.WriteEndObject();
        w.WriteString("type", "text");
        w.WriteString("representationType", "full");
        if (article.Published is { } published)
        {
            var stamp = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
            w.WriteString("firstCreated", stamp);
            w.WriteString("versionCreated", stamp);
        }

        if (ExportFacts.By(article) is { } by)
        {
            w.WriteString("by", by);
        }

        if (article.Dateline?.Place is { } place)
        {
            w.WriteString("located", place.Text);
        }

        if (article.Headline is { } headline)
        {
            w.WriteStartArray("headlines");
            WriteText(w, "main", headline.Text);
            w.WriteEndArray();
        }

        if (article.Standfirst is { } standfirst)
        {
            w.WriteStartArray("descriptions");
            WriteText(w, "summary", standfirst.Text);
            w.WriteEndArray();
        }

        var body = ExportFacts.BodyText(article);
        w.WriteStartArray("bodies");
        w.WriteStartObject();
        w.WriteString("role", "main");
        w.WriteString("contentType", "text/plain");
        w.WriteNumber("charCount", body.Length);
        w.WriteNumber("wordCount", ExportFacts.WordCount(body));
        w.WriteString("value", body);
        w.WriteEndObject();
        w.WriteEndArray();

        WriteActors(w, "people", article, about, static kind => kind == ActorKind.Person);
        WriteActors(w, "organisations", article, about, static kind => kind is ActorKind.Organization or ActorKind.Group);
        WriteActors(w, "places", article, about, static kind => kind is ActorKind.Country or ActorKind.City or ActorKind.Place);
        WriteEvents(w, article, uri);

        if (article.Source is { } source)
        {
            w.WriteStartArray("infoSources");
            w.WriteStartObject();
            w.WriteString("name", source.Text);
            w.WriteString("role", "source");
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteStartArray("altIds");
        WriteAltId(w, "newsmodel", article.Id.Value ?? string.Empty);
        if (article.Url is { } url)
        {
            WriteAltId(w, "url", url);
        }

        w.WriteEndArray();
        WriteQuotes(w, article, uri, actors);
        w.WriteEndObject();
    }

    private static void WriteActors(Utf8JsonWriter w, string property, Article article, HashSet<ActorId> about, Func<ActorKind, bool> include)
    {
        var started = false;
        foreach (var actor in article.Actors)
        {
            if (!include(actor.Kind))
            {
                continue;
            }

            if (!started)
            {
                w.WriteStartArray(property);
                started = true;
            }

            WriteActor(w, actor, about.Contains(actor.Id) ? "about" : "mentions");
        }

        if (started)
        {
            w.WriteEndArray();
        }
    }

    private static void WriteActor(Utf8JsonWriter w, Actor actor, string rel)
    {
        w.WriteStartObject();
        w.WriteString("name", actor.Name);
        w.WriteString("rel", rel);
        w.WriteString("uri", ActorUri(actor.Id));
        w.WriteString("literal", actor.Id.Value);
        w.WriteEndObject();
    }

    private static void WriteEvents(Utf8JsonWriter w, Article article, string uri)
    {
        if (article.Events.IsEmpty)
        {
            return;
        }

        w.WriteStartArray("events");
        foreach (var e in article.Events)
        {
            var headlined = (article.Headline?.Span.Contains(e.Trigger.Span) ?? false) || (article.Standfirst?.Span.Contains(e.Trigger.Span) ?? false);
            var type = EnumText<EventType>.Get(e.Type).Text;
            w.WriteStartObject();
            w.WriteString("id", e.Id.Value);
            w.WriteString("name", e.Trigger.Text);
            w.WriteString("rel", headlined ? "about" : "mentions");
            w.WriteString("uri", uri + "#" + Uri.EscapeDataString(e.Id.Value ?? string.Empty));
            w.WriteString("literal", e.Cameo is { } cameo ? $"{type}, CAMEO {cameo}" : type);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter w, Article article, string uri, Dictionary<ActorId, Actor> actors)
    {
        if (article.Quotes.IsEmpty)
        {
            return;
        }

        w.WriteStartArray("associations");
        foreach (var quote in article.Quotes)
        {
            var speaker = quote.Speaker is { } id && actors.TryGetValue(id, out var found) ? found : null;
            w.WriteStartObject();
            w.WriteString("name", quote.Id.Value);
            w.WriteString("rel", "quote");
            w.WriteString("uri", uri + "#" + Uri.EscapeDataString(quote.Id.Value ?? string.Empty));
            w.WriteString("type", "text");
            if (speaker is not null)
            {
                w.WriteString("by", speaker.Name);
            }

            w.WriteStartArray("descriptions");
            WriteText(w, "kind", EnumText<QuoteKind>.Get(quote.Kind).Text);
            if (quote.Cue is { } cue)
            {
                WriteText(w, "cue", cue.Text);
            }

            w.WriteEndArray();
            w.WriteStartArray("bodies");
            WriteText(w, "quote", quote.Text);
            w.WriteEndArray();
            if (speaker is not null)
            {
                w.WriteStartArray(speaker.Kind switch
                {
                    ActorKind.Person => "people",
                    ActorKind.Organization or ActorKind.Group => "organisations",
                    _ => "places",
                });
                WriteActor(w, speaker, "speaker");
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter w, string role, string value)
    {
        w.WriteStartObject();
        w.WriteString("role", role);
        w.WriteString("contentType", "text/plain");
        w.WriteString("value", value);
        w.WriteEndObject();
    }

    private static void WriteAltId(Utf8JsonWriter w, string role, string value)
    {
        w.WriteStartObject();
        w.WriteString("role", role);
        w.WriteString("value", value);
        w.WriteEndObject();
    }
}
