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
        var parts = new List<TextSpan>();
        if (article.Headline is { } headline)
        {
            parts.Add(headline.Span);
        }

        if (article.Standfirst is { } standfirst)
        {
            parts.Add(standfirst.Span);
        }

        foreach (var item in article.Media)
        {
            if (item.Caption is { } caption)
            {
                parts.Add(caption.Span);
            }
        }

        foreach (var section in article.Sections)
        {
            foreach (var paragraph in section.Paragraphs)
            {
                parts.Add(paragraph.Span);
            }
        }

        // A front matter headline stands before the body; a caption may sit between paragraphs.
        parts.Sort();
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
