namespace NewsModel;

/// <summary>One article to read in a batch: its text and its per-article options.</summary>
/// <param name="Text">The article's text.</param>
/// <param name="Options">Its options (id, publication date, ...); null for the defaults.</param>
public sealed record ArticleInput(string Text, ReadOptions? Options = null)
{
    /// <summary>An article with default options.</summary>
    /// <param name="text">The article's text.</param>
    public static implicit operator ArticleInput(string text) => new(text);

    /// <summary>An article with default options.</summary>
    /// <param name="text">The article's text.</param>
    /// <returns>The input.</returns>
    public static ArticleInput FromString(string text) => new(text);
}
