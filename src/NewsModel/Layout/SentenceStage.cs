using System.Collections.Immutable;

using NewsModel.Extraction;
using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>
/// The stage that splits the headline, standfirst, picture captions and paragraphs into
/// sentences with <see cref="SentenceSplitter"/>, in text order.
/// </summary>
public sealed class SentenceStage : IArticleStage
{
    /// <inheritdoc />
    public Article Process(Article article, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        var parts = article.ProseBlocks();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var text = article.Text;
        var covered = 0;
        foreach (var part in parts)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (part.Start < covered || !part.FitsIn(text.Length))
            {
                // An earlier stage's overlapping or foreign span: never split the same text twice.
                continue;
            }

            foreach (var span in SentenceSplitter.Split(text, part))
            {
                sentences.Add(new Sentence(span));
            }

            covered = part.End;
        }

        return article with { Sentences = sentences.ToImmutable() };
    }
}
