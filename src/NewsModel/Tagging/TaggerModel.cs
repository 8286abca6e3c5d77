using System.Collections.Immutable;

namespace NewsModel.Tagging;

/// <summary>
/// A trained sequence tagger: an averaged perceptron over hashed features of each token and the
/// tags before it, with the tags it chooses from and what it learned of frequent words. Immutable,
/// and so safe to share between threads. <see cref="PartOfSpeech"/> is the model embedded in the
/// package; <see cref="Load(Stream)"/> reads one of one's own (the format is in docs/tagging.md).
/// </summary>
public sealed class TaggerModel
{
    private const string PartOfSpeechResource = "NewsModel.Tagging.Models.pos.nmtag";
    private const string NamesResource = "NewsModel.Tagging.Models.names.nmtag";

    // Read from the assembly on first use, once, even when many threads ask at the same time.
    private static readonly Lazy<TaggerModel> PartOfSpeechModel = new(() => LoadEmbedded(PartOfSpeechResource), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<TaggerModel> NamesModel = new(() => LoadEmbedded(NamesResource), LazyThreadSafetyMode.ExecutionAndPublication);

    internal TaggerModel(
        TaggerModelKind kind,
        int formatVersion,
        FeatureTemplates templates,
        ImmutableArray<string> tags,
        FeatureWeights weights,
        WordDictionary words,
        ImmutableArray<TokenAtoms> cachedWords)
    {
        if (templates.Kind != kind || weights.TagCount != tags.Length)
        {
            throw new ArgumentException("The templates, tags and weights do not belong together.", nameof(templates));
        }

        this.Kind = kind;
        this.FormatVersion = formatVersion;
        this.Templates = templates;
        this.Tags = tags;
        this.Weights = weights;
        this.Words = words;
        this.Transitions = templates.Transitions(tags);
        this.Cache = new ScoreCache(templates, weights, words, cachedWords);
    }

    /// <summary>The part-of-speech model embedded in the package (Penn Treebank tags), read once on first use.</summary>
    public static TaggerModel PartOfSpeech => PartOfSpeechModel.Value;

    /// <summary>
    /// The name model embedded in the package (BILOU tags over PER, ORG and LOC), read once on
    /// first use. It reads the tags of <see cref="PartOfSpeech"/> as features.
    /// </summary>
    public static TaggerModel Names => NamesModel.Value;

    /// <summary>The newest format version this library reads, and the one it writes.</summary>
    public static int LatestFormatVersion => ModelFile.FormatVersion;

    /// <summary>What the model tags.</summary>
    public TaggerModelKind Kind { get; }

    /// <summary>The tags, in the order of their indexes.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>The version of the file format the model was read from.</summary>
    public int FormatVersion { get; }

    /// <summary>The version of the feature templates the model was trained with.</summary>
    public int FeatureTemplateVersion => this.Templates.Version;

    /// <summary>The number of features with weights.</summary>
    public int FeatureCount => this.Weights.Count;

    /// <summary>The number of words in the model's dictionary.</summary>
    public int WordCount => this.Words.Count;

    internal FeatureTemplates Templates { get; }

    internal FeatureWeights Weights { get; }

    internal WordDictionary Words { get; }

    internal TagTransitions? Transitions { get; }

    internal ScoreCache Cache { get; }

    /// <summary>Reads a model from the rest of a stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The model, or what is wrong with the bytes; an error reading the stream is an error too.</returns>
    public static ParseResult<TaggerModel> Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > ModelFile.MaxFileBytes)
                {
                    return TooLarge();
                }

                buffer.Write(chunk, 0, read);
            }

            return Load(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (IOException e)
        {
            return ParseResult<TaggerModel>.ForError(new ParseError("the model could not be read: " + e.Message));
        }
    }

    /// <summary>Reads a model from its bytes.</summary>
    /// <param name="bytes">The bytes of a model file.</param>
    /// <returns>The model, or what is wrong with the bytes.</returns>
    public static ParseResult<TaggerModel> Load(ReadOnlySpan<byte> bytes) =>
        bytes.Length > ModelFile.MaxFileBytes ? TooLarge() : ModelFile.Read(bytes);

    /// <summary>Reads a model from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The model, or what is wrong with the file (a missing file is an error, not an exception).</returns>
    public static ParseResult<TaggerModel> LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var file = File.OpenRead(path);
            var result = Load(file);
            return result.Success ? result : ParseResult<TaggerModel>.ForError(result.Error! with { Message = $"{path}: {result.Error!.Message}" });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ParseResult<TaggerModel>.ForError(new ParseError(e is FileNotFoundException or DirectoryNotFoundException
                ? $"{path}: no such file"
                : $"{path}: {e.Message}"));
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{this.Kind} tagger model: {this.Tags.Length} tags, {this.FeatureCount} features, {this.WordCount} words (format {this.FormatVersion}, templates {this.FeatureTemplateVersion})";

    /// <summary>The index of a tag, or -1.</summary>
    internal int IndexOf(string tag) => this.Tags.IndexOf(tag, StringComparer.Ordinal);

    private static ParseResult<TaggerModel> TooLarge() =>
        ParseResult<TaggerModel>.ForError(new ParseError($"larger than {ModelFile.MaxFileBytes >> 20} MB: not a tagger model"));

    private static TaggerModel LoadEmbedded(string name)
    {
        using var stream = typeof(TaggerModel).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded model '{name}' is missing from {typeof(TaggerModel).Assembly.GetName().Name}.");
        var result = Load(stream);
        return result.Success ? result.Value : throw new InvalidOperationException($"The embedded model '{name}' does not load: {result.Error}");
    }
}
