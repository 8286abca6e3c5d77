using System.Text;

using NewsModel.Model;

namespace NewsModel.Export;

/// <summary>What several export formats derive from a model in the same way, so that they agree.</summary>
internal static class ExportFacts
{
    /// <summary>
    /// The article's identifier as an absolute URI: its URL when it has an absolute one, otherwise
    /// <c>urn:newsmodel:</c> and the escaped article id.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <returns>The URI.</returns>
    public static string ArticleUri(Article article)
    {
        if (article.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Fragment.Length == 0)
        {
            return absolute.AbsoluteUri;
        }

        return "urn:newsmodel:" + Uri.EscapeDataString(article.Id.Value ?? "article");
    }

    /// <summary>
    /// The actors the article is about: those named in the headline or standfirst. The rest are
    /// only mentioned. Newsrooms tag subjects this way; the model has no other salience.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <returns>The ids of the actors it is about.</returns>
    public static HashSet<ActorId> AboutActors(Article article)
    {
        var about = new HashSet<ActorId>();
        foreach (var actor in article.Actors)
        {
            foreach (var mention in actor.Mentions)
            {
                if ((article.Headline is { } headline && headline.Span.Contains(mention.Span))
                    || (article.Standfirst is { } standfirst && standfirst.Span.Contains(mention.Span)))
                {
                    about.Add(actor.Id);
                    break;
                }
            }
        }

        return about;
    }

    /// <summary>
    /// The body as plain text: section headings and paragraphs, each trimmed as the layout found
    /// them, separated by blank lines. Without a layout (a model read from BRAT) it is the whole text.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <returns>The body text.</returns>
    public static string BodyText(Article article)
    {
        if (article.Sections.IsEmpty)
        {
            return article.Text;
        }

        var body = new StringBuilder(article.Text.Length);
        foreach (var section in article.Sections)
        {
            if (section.Heading is { } heading)
            {
                AppendBlock(body, heading.Text);
            }

            foreach (var paragraph in section.Paragraphs)
            {
                AppendBlock(body, article.Slice(paragraph.Span));
            }
        }

        return body.ToString();
    }

    /// <summary>The bylines joined for a one-line "by" statement ("A and B", "A, B and C").</summary>
    /// <param name="article">The article.</param>
    /// <returns>The statement, or null without bylines.</returns>
    public static string? By(Article article)
    {
        var names = article.Bylines;
        return names.Count switch
        {
            0 => null,
            1 => names[0].Text,
            _ => string.Join(", ", names.Take(names.Count - 1).Select(b => b.Text)) + " and " + names[^1].Text,
        };
    }

    /// <summary>The actors by id.</summary>
    /// <param name="article">The article.</param>
    /// <returns>A lookup; a duplicate id keeps its first actor.</returns>
    public static Dictionary<ActorId, Actor> ActorsById(Article article)
    {
        var actors = new Dictionary<ActorId, Actor>(article.Actors.Count);
        foreach (var actor in article.Actors)
        {
            actors.TryAdd(actor.Id, actor);
        }

        return actors;
    }

    /// <summary>The word count of a text: runs of letters or digits.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of words.</returns>
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c);
            if (wordChar && !inWord)
            {
                count++;
            }

            inWord = wordChar || (inWord && c is '\'' or '\u2019' or '-');
        }

        return count;
    }

    private static void AppendBlock(StringBuilder body, string block)
    {
        if (body.Length > 0)
        {
            body.Append("\n\n");
        }

        body.Append(block);
    }
}
