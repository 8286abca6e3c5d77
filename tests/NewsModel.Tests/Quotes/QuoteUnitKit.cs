using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Quotes;
using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Tests.Quotes;

/// <summary>
/// One block of an article, entered by a quote read, with the units of the quote finder on it: a
/// unit's rules are asked about the block's tokens without the finder reading the whole article.
/// The article is read by the default pipeline (for its sentences, times and actors) and its
/// tokens are tagged as the part-of-speech stage tags them.
/// </summary>
internal sealed class QuoteUnitKit : IDisposable
{
    private readonly SpeakerResolver speakers;

    private QuoteUnitKit(Article article, string paragraph)
    {
        this.Article = article;
        this.speakers = new SpeakerResolver(article);
        var blockTokens = new BlockTokens();
        blockTokens.UseTagger(article.Text, PartOfSpeechTagger.Default, article.Sentences);
        this.Read = new QuoteRead();
        this.Read.Begin(article, this.speakers, blockTokens);
        this.Cues = new QuoteCues(this.Read, LexiconSet.Default.ReportingVerbs, new CueStarts(LexiconSet.Default.ReportingVerbs));
        this.Subjects = new CueSubjects(this.Read, this.Cues);
        this.Regions = new QuoteRegions(this.Read, this.Cues);
        this.Boundaries = new QuoteBoundaries(this.Read, this.Cues, this.Subjects, this.Regions);
        this.Continuations = new QuoteContinuations(this.Read, this.Regions, this.Boundaries);
        this.Enter(paragraph);
    }

    public Article Article { get; }

    public QuoteRead Read { get; }

    public QuoteCues Cues { get; }

    public CueSubjects Subjects { get; }

    public QuoteRegions Regions { get; }

    public QuoteBoundaries Boundaries { get; }

    public QuoteContinuations Continuations { get; }

    /// <summary>Reads an article of the paragraphs and enters the block of the first one, its regions and units found.</summary>
    public static QuoteUnitKit Of(params string[] paragraphs) => new(QuoteTestKit.Read(paragraphs), paragraphs[0]);

    /// <summary>Enters the block of a paragraph of the article, as the finder does, its regions and units found.</summary>
    public void Enter(string paragraph)
    {
        var start = this.Article.Text.IndexOf(paragraph, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0);
        this.Read.EnterBlock(new TextSpan(start, paragraph.Length)).Should().BeTrue();
        this.Regions.FindInBlock();
        this.Regions.Units();
    }

    /// <summary>The index of the nth token of the block (from 0) that is the word.</summary>
    public int IndexOf(string word, int nth = 0)
    {
        var tokens = this.Read.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (this.Read.Word(i).SequenceEqual(word) && nth-- == 0)
            {
                return i;
            }
        }

        throw new ArgumentException($"The block has no '{word}'.", nameof(word));
    }

    /// <summary>The text of the tokens from start to end.</summary>
    public string Words((int Start, int End)? tokens)
        => tokens is { } some ? this.Words(this.Read.SpanOf(some.Start, some.End)) : "(none)";

    /// <summary>The text of a span.</summary>
    public string Words(TextSpan? span) => span is { } some ? this.Article.Slice(some) : "(none)";

    /// <summary>The unit (sentence, merged with those a quote crosses) that holds a token.</summary>
    public (int Start, int End) UnitOf(int token) => QuoteRegions.UnitAt(this.Read.Units, token);

    /// <summary>The quote that the cue at a word attributes, as the finder asks for it.</summary>
    public QuoteDraft? Attribute(string cueWord, int nth = 0)
    {
        var cue = this.IndexOf(cueWord, nth);
        var (start, end) = this.UnitOf(cue);
        this.Cues.TryCue(cue, end, out var cueEnd, out var match).Should().BeTrue($"'{cueWord}' should be a cue");
        return this.Boundaries.Attribute(start, end, cue, cueEnd, match);
    }

    public void Dispose()
    {
        this.Read.End();
        this.speakers.Dispose();
    }
}
