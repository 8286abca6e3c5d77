using NewsModel.Tokens;

namespace NewsModel.Tagging;

/// <summary>
/// Tags tokens with parts of speech (Penn Treebank tags), one sentence at a time, on the tokens of
/// <see cref="Tokenizer"/> (the model was trained on them). Safe to call from several threads at
/// once.
/// </summary>
internal sealed class PartOfSpeechTagger
{
    private static readonly Lazy<PartOfSpeechTagger> DefaultTagger = new(() => new PartOfSpeechTagger(TaggerModel.PartOfSpeech), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SequenceTagger tagger;

    /// <summary>Creates a tagger over a part-of-speech model.</summary>
    /// <param name="model">The model; its kind must be <see cref="TaggerModelKind.PartOfSpeech"/>.</param>
    public PartOfSpeechTagger(TaggerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Kind != TaggerModelKind.PartOfSpeech)
        {
            throw new ArgumentException($"A {model.Kind} model does not tag parts of speech.", nameof(model));
        }

        this.tagger = new SequenceTagger(model);
    }

    /// <summary>The tagger over the embedded model.</summary>
    public static PartOfSpeechTagger Default => DefaultTagger.Value;

    /// <summary>The model.</summary>
    public TaggerModel Model => this.tagger.Model;

    /// <summary>Tags one sentence's tokens.</summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="tags">One slot per token for the index of its tag in <see cref="TaggerModel.Tags"/>.</param>
    public void Tag(string text, ReadOnlySpan<Token> tokens, Span<byte> tags) => this.tagger.Tag(text, tokens, tags);

    /// <summary>
    /// Tags one sentence's tokens over atoms the caller keeps for another tagger (a name tagger):
    /// they are completed in place where this model needs more than their heads.
    /// </summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="atoms">One per token, at least their heads (<see cref="TokenAtoms.ReadHeads"/>).</param>
    /// <param name="tags">One slot per token for the index of its tag in <see cref="TaggerModel.Tags"/>.</param>
    public void Tag(string text, ReadOnlySpan<Token> tokens, Span<TokenAtoms> atoms, Span<byte> tags) => this.tagger.Tag(text, tokens, atoms, [], tags);
}
