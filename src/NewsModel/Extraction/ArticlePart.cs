namespace NewsModel.Extraction;

/// <summary>
/// A part of an article that a stage provides and later stages read: the library's stages
/// declare theirs with these values (<see cref="IArticleStage.Provides"/>, <see cref="IArticleStage.Needs"/>,
/// <see cref="IArticleStage.Reads"/>), and a stage of one's own may declare its own parts by
/// name. Two parts are the same when their names are.
/// </summary>
/// <example>
/// <code>
/// public sealed class SentimentStage : IArticleStage
/// {
///     public static ArticlePart Sentiment { get; } = new("sentiment");
///     public IReadOnlyList&lt;ArticlePart&gt; Needs =&gt; [ArticlePart.Sentences];
///     public IReadOnlyList&lt;ArticlePart&gt; Reads =&gt; [ArticlePart.Quotes];
///     public IReadOnlyList&lt;ArticlePart&gt; Provides =&gt; [Sentiment];
///     public Article Process(Article article, ExtractionContext context) =&gt; article;
/// }
/// </code>
/// </example>
public sealed record ArticlePart
{
    /// <summary>Creates a part.</summary>
    /// <param name="name">Its name, as error messages give it.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public ArticlePart(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        this.Name = name;
    }

    /// <summary>The layout: headline, standfirst, blocks (<see cref="Layout.LayoutStage"/>).</summary>
    public static ArticlePart Layout { get; } = new("layout");

    /// <summary>The sentences (<see cref="Layout.SentenceStage"/>).</summary>
    public static ArticlePart Sentences { get; } = new("sentences");

    /// <summary>The tokens' part-of-speech tags (<see cref="Tagging.PartOfSpeechStage"/>).</summary>
    public static ArticlePart PartsOfSpeech { get; } = new("parts of speech");

    /// <summary>The actors and their mentions (<see cref="Actors.ActorStage"/>).</summary>
    public static ArticlePart Actors { get; } = new("actors");

    /// <summary>The time expressions (<see cref="Times.TimeStage"/>).</summary>
    public static ArticlePart Times { get; } = new("times");

    /// <summary>The quotes with their speakers (<see cref="Quotes.QuoteStage"/>).</summary>
    public static ArticlePart Quotes { get; } = new("quotes");

    /// <summary>The links the coreference stage adds to the actors and quotes (<see cref="Coreference.CoreferenceStage"/>).</summary>
    public static ArticlePart Coreference { get; } = new("coreference");

    /// <summary>The events (<see cref="Events.EventStage"/>).</summary>
    public static ArticlePart Events { get; } = new("events");

    /// <summary>The part's name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => this.Name;
}
