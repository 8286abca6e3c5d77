using NewsModel.Model;

namespace NewsModel.Text;

/// <summary>The prose of an article, block by block: what sentences and quotes are read from.</summary>
internal static class ArticleBlocks
{
    /// <summary>
    /// The headline, standfirst, picture captions and body paragraphs, in text order, in a list of
    /// rented arrays that the caller disposes: the sentence and quote stages ask for them once per read.
    /// </summary>
    public static RentedList<TextSpan> ProseBlocks(this Article article)
    {
        var blocks = new RentedList<TextSpan>();
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
        blocks.AsSpan().Sort();
        return blocks;
    }
}
