using NewsModel.Model;

namespace NewsModel.Text;

/// <summary>The prose of an article, block by block: what sentences and quotes are read from.</summary>
internal static class ArticleBlocks
{
    /// <summary>The headline, standfirst, picture captions and body paragraphs, in text order.</summary>
    public static List<TextSpan> ProseBlocks(this Article article)
    {
        var count = 2 + article.Media.Count;
        foreach (var section in article.Sections)
        {
            count += section.Paragraphs.Count;
        }

        var blocks = new List<TextSpan>(count);
        if (article.Headline is { } headline)
        {
            blocks.Add(headline.Span);
        }

        if (article.Standfirst is { } standfirst)
        {
            blocks.Add(standfirst.Span);
        }

        foreach (var item in article.Media)
        {
            if (item.Caption is { } caption)
            {
                blocks.Add(caption.Span);
            }
        }

        // Section by section rather than through Article.Paragraphs, whose LINQ allocates per call.
        foreach (var section in article.Sections)
        {
            foreach (var paragraph in section.Paragraphs)
            {
                blocks.Add(paragraph.Span);
            }
        }

        // A front matter headline stands before the body; a caption may sit between paragraphs.
        blocks.Sort();
        return blocks;
    }
}
