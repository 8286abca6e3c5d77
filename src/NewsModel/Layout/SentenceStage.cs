using System.Runtime.InteropServices;

using NewsModel.Extraction;
using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>
/// The stage that splits the headline, standfirst, picture captions and paragraphs into
/// sentences with <see cref="SentenceSplitter"/>, in text order.
/// </summary>
public sealed class SentenceStage : IArticleStage, IBuiltInStage
{
    private readonly AbbreviationLexicon abbreviations;

    /// <summary>Creates the stage with the embedded abbreviations.</summary>
    public SentenceStage()
        : this(LexiconSet.Default)
    {
    }

    /// <summary>
    /// Creates the stage with lexicons of one's own: their abbreviations
    /// (<see cref="LexiconKind.Abbreviations"/>) split the sentences and keep their full stop in the
    /// read's tokens, which the later stages read.
    /// </summary>
    /// <param name="lexicons">The lexicons.</param>
    public SentenceStage(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        this.abbreviations = lexicons.Abbreviations;
    }

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Needs { get; } = [ArticlePart.Layout];

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Provides { get; } = [ArticlePart.Sentences];

    /// <inheritdoc />
    public Article Process(Article article, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        using var parts = article.ProseBlocks();

        // The read's token cache is made only when a stage reads tokens, and it starts with the
        // embedded abbreviations: it is told only of others.
        if (!ReferenceEquals(this.abbreviations, AbbreviationLexicon.Default))
        {
            context.Tokens.UseAbbreviations(article.Text, this.abbreviations);
        }


        // The spans go to rented arrays, and only the sentences to the heap.
        using var spans = new RentedList<TextSpan>();
        var text = article.Text;
        var covered = 0;
        foreach (var part in parts.AsSpan())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (part.Start < covered || !part.FitsIn(text.Length))
            {
                // An earlier stage's overlapping or foreign span: never split the same text twice.
                continue;
            }

            SentenceSplitter.SplitInto(text, part, spans, this.abbreviations);
            covered = part.End;
        }

        var sentences = new Sentence[spans.Count];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = new Sentence(spans[i]);
        }

        var all = ImmutableCollectionsMarshal.AsImmutableArray(sentences);
        return context.Owns(article) ? article.SetSentences(all) : article with { Sentences = all };
    }
}
