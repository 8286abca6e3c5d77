using NewsModel.Extraction;
using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Tagging;

/// <summary>
/// The part-of-speech stage: it gives the read's tokens their Penn Treebank tags, which the later
/// stages read (a cue word is a cue as a verb) and which the article keeps when asked
/// (<see cref="ReadOptions.KeepTokens"/>). Tokens are tagged one sentence at a time, on first
/// need: a block no stage asks about is not tagged, unless the article keeps its tokens.
/// </summary>
public sealed class PartOfSpeechStage : IArticleStage, IBuiltInStage
{
    // The embedded model loads on the first read, not when a pipeline is built.
    private readonly Lazy<PartOfSpeechTagger> tagger;

    /// <summary>A stage with the embedded model.</summary>
    public PartOfSpeechStage() => this.tagger = new(() => PartOfSpeechTagger.Default, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A stage with a model of one's own (<see cref="TaggerModel.Load(Stream)"/>).</summary>
    /// <param name="model">A part-of-speech model.</param>
    /// <exception cref="ArgumentException">The model tags something other than parts of speech.</exception>
    public PartOfSpeechStage(TaggerModel model)
    {
        var tagger = new PartOfSpeechTagger(model);
        this.tagger = new(tagger);
    }

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Needs { get; } = [ArticlePart.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<ArticlePart> Provides { get; } = [ArticlePart.PartsOfSpeech];

    /// <inheritdoc/>
    public Article Process(Article article, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(context);
        var tokens = context.Tokens;
        tokens.UseTagger(article.Text, this.tagger.Value, article.Sentences);
        if (!context.Options.KeepTokens)
        {
            return article;
        }

        var model = this.tagger.Value.Model;
        var kept = new List<TaggedToken>(article.Text.Length / 5);
        using var blocks = article.AllBlocks();
        foreach (var block in blocks.AsSpan())
        {
            var blockTokens = tokens.Of(article.Text, block);
            var tags = tokens.TagsOf(article.Text, block);
            for (var i = 0; i < blockTokens.Count; i++)
            {
                kept.Add(new TaggedToken(blockTokens[i].Span, model.Tags[tags[i]]));
            }
        }

        EquatableArray<TaggedToken> all = [.. kept];
        return context.Owns(article) ? article.SetTokens(all) : article with { Tokens = all };
    }
}
