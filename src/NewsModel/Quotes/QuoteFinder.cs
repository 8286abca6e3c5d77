using NewsModel.Extraction;
using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Text;
using NewsModel.Tokens;

namespace NewsModel.Quotes;

/// <summary>
/// Finds the quotes of one article, block by block (headline, standfirst, captions,
/// paragraphs). First every reporting cue outside quote marks is read with its speaker and
/// content; then the quote marks no cue claimed become continuations of the previous speaker or
/// partial quotes. One instance reads one article at a time and is kept for the next.
/// </summary>
/// <remarks>
/// The work is shared among units, each with its own rules: <see cref="QuoteRegions"/> (where the
/// quoted words are), <see cref="QuoteCues"/> (whether a word is a reporting cue),
/// <see cref="CueSubjects"/> (who the cue's subject is), <see cref="QuoteBoundaries"/> (which
/// words the cue reports) and <see cref="QuoteContinuations"/> (quoted words that go on from a
/// quote, or that no cue claimed). All that a read knows of its article is in one
/// <see cref="QuoteRead"/>, which the units ask about the block being read.
/// </remarks>
internal sealed class QuoteFinder : IDisposable, IReusable
{
    private readonly QuoteRead read;
    private readonly QuoteCues cues;
    private readonly CueSubjects subjects;
    private readonly QuoteRegions quoteRegions;
    private readonly QuoteBoundaries boundaries;
    private readonly QuoteContinuations continuations;

    /// <summary>Makes a finder of the lexicon's cues, with its units.</summary>
    /// <param name="cues">The reporting verbs and cue phrases.</param>
    /// <param name="cueStarts">The beginnings of the lexicon's phrases and verb forms.</param>
    /// <param name="words">The word classes; the embedded ones when null.</param>
    public QuoteFinder(ReportingVerbLexicon cues, CueStarts cueStarts, WordClasses? words = null)
    {
        this.read = new QuoteRead(words);
        this.cues = new QuoteCues(this.read, cues, cueStarts);
        this.subjects = new CueSubjects(this.read, this.cues);
        this.quoteRegions = new QuoteRegions(this.read, this.cues);
        this.boundaries = new QuoteBoundaries(this.read, this.cues, this.subjects, this.quoteRegions);
        this.continuations = new QuoteContinuations(this.read, this.quoteRegions, this.boundaries);
    }

    /// <summary>Whether the finder's lists are small enough to keep for another read.</summary>
    public bool IsWorthKeeping => this.read.IsWorthKeeping;

    /// <summary>Starts a read of <paramref name="article"/>, from a state that nothing of an earlier read is left in.</summary>
    public void Begin(Article article, SpeakerResolver speakers, BlockTokens blockTokens) => this.read.Begin(article, speakers, blockTokens);

    /// <summary>Finds the quotes, sorted by span, as drafts without ids; the list is the finder's own, until it is disposed.</summary>
    public RentedList<QuoteDraft> Find(CancellationToken cancellationToken = default)
    {
        try
        {
            using var blocks = Blocks(this.read.Article);
            for (var b = 0; b < blocks.Count; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                this.ReadBlock(blocks[b], b);
            }
        }
        finally
        {
            this.read.ReturnBlockArrays();
        }

        this.continuations.AddDeferred();
        this.read.Found.AsSpan().Sort(static (x, y) => x.Span.CompareTo(y.Span));
        return this.read.Found;
    }

    /// <summary>Ends a read under way, if any.</summary>
    public void Dispose() => this.End();

    /// <inheritdoc />
    public bool Reset()
    {
        this.End();
        return this.IsWorthKeeping;
    }

    /// <summary>Ends the read: returns the rented drafts (the list <see cref="Find"/> gave) and lets the article go.</summary>
    public void End() => this.read.End();

    private static RentedList<TextSpan> Blocks(Article article)
    {
        var blocks = article.ProseBlocks();
        if (blocks.Count == 0 && article.Text.Length > 0)
        {
            blocks.Add(new TextSpan(0, article.Text.Length));
        }

        return blocks;
    }

    private void ReadBlock(TextSpan block, int blockIndex)
    {
        var read = this.read;
        if (!read.EnterBlock(block))
        {
            return;
        }

        this.quoteRegions.FindInBlock();
        var units = this.quoteRegions.Units();
        var blockQuotes = read.Found.Count;
        read.LastSubject = null;
        if (read.PendingColon is { } colon)
        {
            read.PendingColon = null;
            if (this.boundaries.MakeQuote(0, read.Tokens.Count, colon.Attribution, colon.Cue) is { } announced)
            {
                read.Add(announced, blockIndex);
                read.OpenQuote = -1;
                return;
            }
        }

        var continued = read.OpenQuote;
        read.OpenQuote = -1;
        foreach (var (start, end) in units)
        {
            for (var i = start; i < end; i++)
            {
                if (read.IsInQuote(i) || !this.cues.TryCue(i, end, out var cueEnd, out var cue) || this.cues.InFrontedPhrase(start, i, end))
                {
                    continue;
                }

                if (this.boundaries.Attribute(start, end, i, cueEnd, cue) is { } quote)
                {
                    if (continued >= 0 && this.continuations.ContinuesOpenQuote(continued, quote))
                    {
                        this.continuations.Absorb(continued, quote, blockIndex);
                        continued = -1;
                    }
                    else
                    {
                        read.Add(quote, blockIndex);
                    }

                    i = Math.Max(i, read.IndexAt(quote.Span.End) - 1);
                }
            }
        }

        this.continuations.AddUnclaimed(blockIndex, blockQuotes, continued);

        // A quote still open at the block's end may go on in the next block.
        this.continuations.KeepOpenQuote();
    }
}
