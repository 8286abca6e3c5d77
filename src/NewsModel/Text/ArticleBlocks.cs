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

    /// <summary>
    /// Every block of the article that holds words, in text order: the headline, standfirst,
    /// bylines, pictures' titles, captions and credits, section headings, paragraphs and the source
    /// line; the whole text when the layout found none. A rented list the caller disposes.
    /// </summary>
    public static RentedList<TextSpan> AllBlocks(this Article article)
    {
        var blocks = new RentedList<TextSpan>();
        void Add(TextSegment? segment)
        {
            if (segment is not null)
            {
                blocks.Add(segment.Span);
            }
        }

        Add(article.Headline);
        Add(article.Standfirst);
        foreach (var byline in article.Bylines)
        {
            Add(byline);
        }

        foreach (var media in article.Media)
        {
            Add(media.Title);
            Add(media.Caption);
            Add(media.Credit);
        }

        foreach (var section in article.Sections)
        {
            Add(section.Heading);
            foreach (var paragraph in section.Paragraphs)
            {
                blocks.Add(paragraph.Span);
            }
        }

        Add(article.Source);
        if (blocks.Count == 0 && article.Text.Length > 0)
        {
            blocks.Add(new TextSpan(0, article.Text.Length));
        }

        blocks.AsSpan().Sort();
        return blocks;
    }
}
