using NewsModel.Extraction;
using NewsModel.Model;

namespace NewsModel.Layout;

/// <summary>The stage that splits the headline, standfirst and paragraphs into sentences.</summary>
public sealed class SentenceStage : IArticleStage
{
    /// <inheritdoc />
    public Article Process(Article article, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article;
    }
}
