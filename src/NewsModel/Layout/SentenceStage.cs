using System.Runtime.InteropServices;

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
        // Sized once from the sentence-ending marks (abbreviations and decimals make it a little
        // more than needed) rather than grown by doubling.
        var all = article.Text.AsSpan();
        var spans = new List<TextSpan>(parts.Count + all.Count('.') + all.Count('?') + all.Count('!'));
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

            SentenceSplitter.SplitInto(text, part, spans);
            covered = part.End;
        }

        var sentences = new Sentence[spans.Count];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = new Sentence(spans[i]);
        }

        return article with { Sentences = ImmutableCollectionsMarshal.AsImmutableArray(sentences) };
    }
}
