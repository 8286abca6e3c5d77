using NewsModel.Extraction;
using NewsModel.Model;

namespace NewsModel.Layout;

/// <summary>The stage that reads the article's layout with <see cref="PlainTextLayoutReader"/>.</summary>
public sealed class LayoutStage : IArticleStage, IBuiltInStage
{
    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Provides { get; } = [ArticlePart.Layout];

    /// <inheritdoc />
    public Article Process(Article article, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        var layout = PlainTextLayoutReader.Read(article.Text, context.CancellationToken);
        if (context.Owns(article))
        {
            return article.SetLayout(article.Published ?? layout.Published, article.Url ?? layout.Url, layout.Headline, layout.Standfirst, layout.Bylines, layout.Dateline, layout.Source, layout.Media, layout.Sections);
        }

        return article with
        {
            // The caller's date and URL win over front matter.
            Published = article.Published ?? layout.Published,
            Url = article.Url ?? layout.Url,
            Headline = layout.Headline,
            Standfirst = layout.Standfirst,
            Bylines = layout.Bylines,
            Dateline = layout.Dateline,
            Source = layout.Source,
            Media = layout.Media,
            Sections = layout.Sections,
        };
    }
}
