using NewsModel.Extraction;
using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Actors;

/// <summary>
/// The actor stage: people, organisations, countries, cities, places and groups, with roles,
/// affiliations and every mention (names, titles, descriptions, demonyms, metonyms, pronouns).
/// </summary>
public sealed class ActorStage : IArticleStage
{
    private readonly LexiconSet lexicons;
    private readonly PeopleLexicon people;

    /// <summary>Creates the stage with the embedded lexicons.</summary>
    public ActorStage()
        : this(LexiconSet.Default, PeopleLexicon.Default)
    {
    }

    /// <summary>Creates the stage with the given lexicons.</summary>
    /// <param name="lexicons">Countries, places, organisations, titles, first names.</param>
    /// <param name="people">Notable people.</param>
    public ActorStage(LexiconSet lexicons, PeopleLexicon people)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(people);
        this.lexicons = lexicons;
        this.people = people;
    }

    /// <inheritdoc />
    public Article Process(Article article, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(article);
        var finder = new ActorFinder(article, this.lexicons, this.people, static word => AbbreviationLexicon.Find(word) != AbbreviationKind.None);
        return article with { Actors = [.. finder.Find(context.CancellationToken)] };
    }
}
