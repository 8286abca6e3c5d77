using NewsModel.Model;

namespace NewsModel.Export;

/// <summary>
/// An article as BRAT standoff annotation: the <c>.txt</c> file (<see cref="Text"/>, exactly
/// <see cref="Article.Text"/>) and the <c>.ann</c> file (<see cref="Annotations"/>). Correct the
/// output in brat and read it back with <see cref="ToArticle"/>.
/// </summary>
/// <remarks>
/// <para>Offsets in the <c>.ann</c> count Unicode code points, as brat does; they equal the
/// model's UTF-16 offsets unless the text has characters outside the Basic Multilingual Plane.
/// A span that crosses a line break is written as fragments (<c>Content 10 40;41 80</c>), as brat
/// writes it; reading takes the hull of the fragments.</para>
/// <para>Quotes follow PolNeAR (the Political News Attribution Relations corpus): a <c>Source</c>
/// span (the speaker's mention), a <c>Cue</c> span and a <c>Content</c> span, an
/// <c>Attribution</c> trigger on the cue (<c>Attribution-no-source</c> without a speaker mention;
/// on the content when there is no cue) and an event
/// <c>E1	Attribution:T4 Content:T3 Cue:T2 Source:T1</c>. The quote kind is the attribute
/// <c>A1	QuoteKind E1 Direct</c>; a speaker without a mention and an addressee are a note on the
/// content: <c>#1	AnnotatorNotes T3	speaker: vladimir-putin; addressee: nicolas-maduro</c>.</para>
/// <para>Actors: each mention is an entity of the actor's kind (<c>Person</c>,
/// <c>Organization</c>, <c>Country</c>, <c>City</c>, <c>Place</c>, <c>Group</c>); a mention that
/// is not a name has the attribute <c>MentionKind</c> (<c>Description</c>, <c>Pronoun</c>,
/// <c>Metonym</c>, <c>Demonym</c>, <c>Acronym</c>). The mentions of one actor are joined by an
/// equivalence <c>*	Coreference T5 T6 T7</c>, and the first carries the note
/// <c>id: vladimir-putin; name: Vladimir Putin; roles: president; affiliation: russia</c>. On
/// reading, an actor without a note takes its longest name mention as its name and the slug of it
/// as its id. Actors without mentions, times, events and the layout are not written.</para>
/// </remarks>
/// <param name="Text">The <c>.txt</c> content: the article's text.</param>
/// <param name="Annotations">The <c>.ann</c> content.</param>
public sealed record BratDocument(string Text, string Annotations)
{
    /// <summary>
    /// The article's two BRAT files: its text and <see cref="BratExport.Serialize(Article)"/>, ready
    /// to be corrected and read back with <see cref="ToArticle"/>.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <returns>The <c>.txt</c> and <c>.ann</c> contents.</returns>
    public static BratDocument FromArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new BratDocument(article.Text, BratExport.Serialize(article));
    }

    /// <summary>
    /// Reads the annotations back into an article with actors (and their mentions) and quotes (with
    /// speaker, cue and kind). A malformed line is an error naming the line, never an exception.
    /// </summary>
    /// <param name="id">The article's id (by default <c>article</c>).</param>
    /// <returns>The article, or the first error with its line.</returns>
    public ParseResult<Article> ToArticle(ArticleId? id = null)
    {
        ArgumentNullException.ThrowIfNull(this.Text);
        ArgumentNullException.ThrowIfNull(this.Annotations);
        return BratReader.Read(this.Text, this.Annotations, id ?? new ArticleId("article"));
    }
}
