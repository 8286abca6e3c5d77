using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

using NewsModel.Model;

namespace NewsModel.Export;

/// <summary>
/// Writes an article as schema.org JSON-LD: a <c>NewsArticle</c> with its actors and quotes as nodes
/// of one <c>@graph</c>, ready for a page's <c>&lt;script type="application/ld+json"&gt;</c> or a
/// triple store.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The <c>NewsArticle</c> (<c>@id</c> the article's URL, or <c>urn:newsmodel:</c> and its id)
/// has <c>identifier</c>, <c>headline</c>, <c>description</c> (the standfirst),
/// <c>datePublished</c> (ISO date), <c>author</c> (a <c>Person</c> per byline), <c>publisher</c>
/// (the "Source:" line), <c>dateline</c>, <c>url</c>, <c>articleBody</c> (headings and paragraphs
/// separated by blank lines, or the whole text without a layout), <c>wordCount</c>, and
/// <c>about</c>/<c>mentions</c> referring to the actor nodes: <c>about</c> for actors named in the
/// headline or standfirst, <c>mentions</c> for the rest.</item>
/// <item>Each actor is a node with <c>@id</c> <c>urn:newsmodel:actor:</c>+id (the same in every
/// article) and type <c>Person</c>, <c>Organization</c> (groups too), <c>Country</c>, <c>City</c> or
/// <c>Place</c>; <c>name</c>, <c>identifier</c>, <c>alternateName</c> (the other names it goes by),
/// <c>jobTitle</c> (a person's roles) and <c>affiliation</c>/<c>containedInPlace</c>.</item>
/// <item>Each quote is a <c>Quotation</c> (<c>@id</c> the article's id with the quote id as fragment)
/// with <c>text</c>, <c>creator</c> and <c>spokenByCharacter</c> referring to the speaker's node,
/// and <c>isPartOf</c> the article.</item>
/// </list>
/// </remarks>
public static class JsonLdExport
{
    /// <summary>Writes the article as an indented JSON-LD string.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The JSON-LD.</returns>
    public static string Serialize(Article article) => Encoding.UTF8.GetString(SerializeToUtf8Bytes(article));

    /// <summary>Writes the article as indented JSON-LD (UTF-8, no byte-order mark, "\n" line ends).</summary>
    /// <param name="article">The article.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var buffer = new ArrayBufferWriter<byte>(4096 + (article.Text.Length * 2));
        using (var writer = new Utf8JsonWriter(buffer, NinjsExport.JsonOptions))
        {
            WriteDocument(writer, article);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the article as indented JSON-LD (UTF-8, no byte-order mark) to a stream, which is left open.</summary>
    /// <param name="article">The article.</param>
    /// <param name="output">Where the bytes go.</param>
    public static void Write(Article article, Stream output)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, NinjsExport.JsonOptions);
        WriteDocument(writer, article);
    }

    private static void WriteDocument(Utf8JsonWriter w, Article article)
    {
        var uri = ExportFacts.ArticleUri(article);
        var about = ExportFacts.AboutActors(article);
        var actors = ExportFacts.ActorsById(article);

        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteStartArray("@graph");
        WriteArticle(w, article, uri, about);
        foreach (var actor in article.Actors)
        {
            WriteActor(w, actor, actors);
        }

        foreach (var quote in article.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("@type", "Quotation");
            w.WriteString("@id", uri + "#" + Uri.EscapeDataString(quote.Id.Value ?? string.Empty));
            w.WriteString("identifier", quote.Id.Value);
            w.WriteString("text", quote.Text);
            if (quote.Speaker is { } speaker && actors.ContainsKey(speaker))
            {
                WriteReference(w, "creator", NinjsExport.ActorUri(speaker));
                WriteReference(w, "spokenByCharacter", NinjsExport.ActorUri(speaker));
            }

            WriteReference(w, "isPartOf", uri);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter w, Article article, string uri, HashSet<ActorId> about)
    {
        w.WriteStartObject();
        w.WriteString("@type", "NewsArticle");
        w.WriteString("@id", uri);
        w.WriteString("identifier", article.Id.Value);
        if (article.Url is { } url)
        {
            w.WriteString("url", url);
        }

        if (article.Headline is { } headline)
        {
            w.WriteString("headline", headline.Text);
        }

        if (article.Standfirst is { } standfirst)
        {
            w.WriteString("description", standfirst.Text);
        }

        if (article.Published is { } published)
        {
            w.WriteString("datePublished", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (!article.Bylines.IsEmpty)
        {
            w.WriteStartArray("author");
            foreach (var byline in article.Bylines)
            {
                w.WriteStartObject();
                w.WriteString("@type", "Person");
                w.WriteString("name", byline.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (article.Source is { } source)
        {
            w.WriteStartObject("publisher");
            w.WriteString("@type", "Organization");
            w.WriteString("name", source.Text);
            w.WriteEndObject();
        }

        if (article.Dateline is { } dateline)
        {
            w.WriteString("dateline", dateline.Text);
        }

        var body = ExportFacts.BodyText(article);
        w.WriteString("articleBody", body);
        w.WriteNumber("wordCount", ExportFacts.WordCount(body));
        WriteReferences(w, "about", article, actor => about.Contains(actor.Id));
        WriteReferences(w, "mentions", article, actor => !about.Contains(actor.Id));
        w.WriteEndObject();
    }

    private static void WriteReferences(Utf8JsonWriter w, string property, Article article, Func<Actor, bool> include)
    {
        w.WriteStartArray(property);
        foreach (var actor in article.Actors)
        {
            if (include(actor))
            {
                w.WriteStartObject();
                w.WriteString("@id", NinjsExport.ActorUri(actor.Id));
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }

    private static void WriteActor(Utf8JsonWriter w, Actor actor, Dictionary<ActorId, Actor> actors)
    {
        w.WriteStartObject();
        w.WriteString("@type", actor.Kind switch
        {
            ActorKind.Person => "Person",
            ActorKind.Country => "Country",
            ActorKind.City => "City",
            ActorKind.Place => "Place",
            _ => "Organization",
        });
        w.WriteString("@id", NinjsExport.ActorUri(actor.Id));
        w.WriteString("name", actor.Name);
        w.WriteString("identifier", actor.Id.Value);

        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var mention in actor.Mentions)
        {
            if (mention.Kind is MentionKind.Name or MentionKind.Acronym && mention.Text != actor.Name)
            {
                names.Add(mention.Text);
            }
        }

        if (names.Count > 0)
        {
            w.WriteStartArray("alternateName");
            foreach (var name in names)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
        }

        if (actor.Kind == ActorKind.Person && !actor.Roles.IsEmpty)
        {
            w.WriteStartArray("jobTitle");
            foreach (var role in actor.Roles)
            {
                w.WriteStringValue(role);
            }

            w.WriteEndArray();
        }

        if (actor.Affiliation is { } affiliation && actors.ContainsKey(affiliation))
        {
            // schema.org links a person or organisation to what it belongs to with "affiliation"
            // (persons) or "parentOrganization", and a place to its country with "containedInPlace".
            var property = actor.Kind switch
            {
                ActorKind.Person => "affiliation",
                ActorKind.Organization or ActorKind.Group => "parentOrganization",
                _ => "containedInPlace",
            };
            WriteReference(w, property, NinjsExport.ActorUri(affiliation));
        }

        w.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter w, string property, string id)
    {
        w.WriteStartObject(property);
        w.WriteString("@id", id);
        w.WriteEndObject();
    }
}
