using System.Collections.Immutable;

using NewsModel.Model;
using NewsModel.Text;

namespace NewsModel.Layout;

/// <summary>
/// The seed parser's layout reader: finds the headline, standfirst, bylines, dateline, media
/// blocks, sections and source line of a plain-text article.
/// </summary>
/// <remarks>
/// <para>The text is cut into lines (LF, CRLF or CR; a line holding only white space is blank) and
/// the lines into blocks separated by blank lines; several blank lines are one break. When the
/// body has no blank line at all, every line is a block of its own. A block whose lines all end
/// with sentence punctuation (except perhaps the last) is one paragraph per line; otherwise its
/// lines are one hard-wrapped paragraph. Every span is trimmed of white space, U+00A0 included.</para>
/// <para>The rules, all general cues, never particular strings:</para>
/// <list type="bullet">
/// <item>Front matter: a first line <c>---</c> and a closing <c>---</c> line; published, url,
/// bylines/byline/author, source and title/headline are read, other keys ignored. Without a
/// closing line the dashes are ordinary text.</item>
/// <item>Headline: the first line, unless it is longer than a headline can be (250 characters),
/// is a byline or opens with a dateline, or (when it is the only line, or every line is a
/// paragraph) ends with sentence punctuation. A front matter title is the headline when the body does not repeat it.</item>
/// <item>Bylines: "By Jane Doe[, Agency]" lines between the headline and the body.</item>
/// <item>Standfirst: a one-sentence line right under the headline, either in the headline's own
/// block (no blank line between them) or as the next block when a byline or a picture follows it
/// (a byline between the headline and the line does not make it one).
/// A first paragraph with nothing of the sort after it is body, as in the usual "title +
/// paragraphs" layout. A line that opens with a quote mark or a dateline is never a standfirst.</item>
/// <item>Media: a caption line ending with a credit (<c>[File: X]</c>, <c>[X]</c>,
/// <c>(Photo: X)</c>, <c>Photo: X</c>, <c>Credit: X</c>, <c>X/Reuters</c>), optionally right
/// under a short title line without final punctuation.</item>
/// <item>Subheading: a line of at most 8 words and under 70 characters, opening with a capital or
/// a digit, not ending with punctuation (a question of at most 4 words without a colon may end with
/// "?"), not a quote, with body text after it. It starts a new section.</item>
/// <item>Dateline: "PLACE[, date] [(Agency)] -|–|—" opening the first paragraph. The paragraph
/// keeps its full span (the dateline is part of its first sentence); the dateline has its own span.</item>
/// <item>Source: a last line "Source: X"; it is not a paragraph. A front matter source wins.</item>
/// </list>
/// <para>The reader is linear in the text's length and never throws on any input.</para>
/// </remarks>
public static class PlainTextLayoutReader
{
    private const int MaxHeadlineLength = 250;
    private const int MaxStandfirstLength = 400;
    private const int MaxHeadingLength = 70;
    private const int MaxHeadingWords = 8;
    private const int MaxQuestionHeadingWords = 4;
    private const int MaxMediaTitleLength = 100;
    private const int MaxMediaTitleWords = 12;
    private const int MaxSourceLength = 100;

    /// <summary>Reads the layout of an article's text.</summary>
    /// <param name="text">The exact text.</param>
    /// <returns>The layout; every part's span points into <paramref name="text"/>.</returns>
    public static ArticleLayout Read(string text) => Read(text, CancellationToken.None);

    /// <summary>Reads the layout, checking <paramref name="cancellationToken"/> line by line.</summary>
    internal static ArticleLayout Read(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var frontMatter = FrontMatter.TryRead(text);
        var bodyStart = frontMatter?.BodyStart ?? 0;
        var (lines, units, lineMode) = Cut(text, bodyStart, cancellationToken);
        using (lines)
        using (units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var sections = new RentedList<Section>();
            using var paragraphs = new RentedList<Paragraph>();
            var reader = new Reader(text, lines, units, sections, paragraphs, lineMode, frontMatter);
            return reader.Read();
        }
    }

    /// <summary>Cuts the body into trimmed non-blank lines and groups them into units.</summary>
    /// <remarks>The lists are of rented arrays, for the caller to dispose: they live only while the layout is read.</remarks>
    private static (RentedList<TextSpan> Lines, RentedList<Unit> Units, bool LineMode) Cut(string text, int bodyStart, CancellationToken cancellationToken)
    {
        var lines = new RentedList<TextSpan>();
        using var breakBefore = new RentedList<bool>();
        var sawBlank = false;
        var pendingBreak = false;
        var start = bodyStart;
        while (start < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var newline = text.AsSpan(start).IndexOfAny('\r', '\n');
            var end = newline < 0 ? text.Length : start + newline;
            var line = TextScan.Trim(text, start, end);
            if (line.IsEmpty)
            {
                pendingBreak = true;
            }
            else
            {
                if (pendingBreak && lines.Count > 0)
                {
                    sawBlank = true;
                }

                breakBefore.Add(pendingBreak);
                lines.Add(line);
                pendingBreak = false;
            }

            start = end;
            if (start < text.Length && text[start] == '\r')
            {
                start++;
            }

            if (start < text.Length && text[start] == '\n')
            {
                start++;
            }
        }

        var lineMode = !sawBlank;
        var units = new RentedList<Unit>();
        var blockStart = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            if (i == lines.Count || breakBefore[i] || lineMode)
            {
                AddBlock(text, lines, units, blockStart, i - blockStart, lineMode && units.Count > 0);
                blockStart = i;
            }
        }

        return (lines, units, lineMode);
    }

    private static void AddBlock(string text, RentedList<TextSpan> lines, RentedList<Unit> units, int first, int count, bool attached)
    {
        // Lines that each end a sentence are paragraphs of their own even without blank lines
        // between them; otherwise the block is one hard-wrapped paragraph (or a title + caption).
        var eachLineEnds = count > 1;
        for (var k = first; k < first + count - 1 && eachLineEnds; k++)
        {
            eachLineEnds = EndsSentence(text, lines[k]);
        }

        if (!eachLineEnds)
        {
            units.Add(new Unit(first, count, attached));
            return;
        }

        for (var k = first; k < first + count; k++)
        {
            units.Add(new Unit(k, 1, k > first || attached));
        }
    }

    private static bool EndsSentence(string text, TextSpan line)
    {
        var end = line.End;
        while (end > line.Start + 1 && TextScan.IsClosing(text[end - 1]))
        {
            end--;
        }

        return TextScan.IsTerminator(text[end - 1]);
    }

    private static bool EndsWithPunctuation(string text, TextSpan line) =>
        EndsSentence(text, line) || text[line.End - 1] is ',' or ';' or ':' or '”' or '"' or '’' or '\'';

    /// <summary>A run of lines treated together: a paragraph, a headline, a picture's block.</summary>
    /// <param name="First">The index of its first line.</param>
    /// <param name="Count">How many lines it has.</param>
    /// <param name="Attached">Whether no blank line separates it from the unit before.</param>
    private readonly record struct Unit(int First, int Count, bool Attached);

    // A struct on the reading method's stack: its rented lists are the caller's, to dispose.
    private struct Reader(string text, RentedList<TextSpan> lines, RentedList<Unit> units, RentedList<Section> sections, RentedList<Paragraph> paragraphs, bool lineMode, FrontMatter? frontMatter)
    {
        private readonly string text = text;
        private readonly RentedList<TextSpan> lines = lines;
        private readonly RentedList<Unit> units = units;
        private readonly bool lineMode = lineMode;
        private readonly FrontMatter? frontMatter = frontMatter;
        private readonly List<TextSegment> bylines = [];
        // Made for the first picture: most texts have none.
        private List<MediaItem>? media;
        // Rented while the layout is read: only the arrays the layout keeps are allocated.
        private readonly RentedList<Section> sections = sections;
        private readonly RentedList<Paragraph> paragraphs = paragraphs;
        private TextSegment? heading;
        private TextSegment? headline;
        private TextSegment? standfirst;
        private TextSegment? source;
        private Dateline? dateline;

        public ArticleLayout Read()
        {
            var bodyEnd = this.ReadSource();
            var next = this.ReadHeader(bodyEnd);
            this.ReadBody(next, bodyEnd);
            if (this.frontMatter is { } fm)
            {
                this.bylines.InsertRange(0, fm.Bylines);
            }

            return new ArticleLayout
            {
                Headline = this.headline,
                Standfirst = this.standfirst,
                Bylines = this.bylines.ToEquatableArray(),
                Dateline = this.dateline,
                Source = this.frontMatter?.Source ?? this.source,
                Media = this.media is null ? ImmutableArray<MediaItem>.Empty : this.media.ToEquatableArray(),
                Sections = ImmutableArray.Create<Section>(this.sections.AsSpan()),
                Published = this.frontMatter?.Published,
                Url = this.frontMatter?.Url,
            };
        }

        /// <summary>Takes a closing "Source: X" line; returns the index past the body's last unit.</summary>
        private int ReadSource()
        {
            if (this.units.Count < 2 || this.units[^1].Count != 1)
            {
                return this.units.Count;
            }

            var line = this.lines[this.units[^1].First];
            var value = this.text.AsSpan(line.Start, line.Length);
            var colon = value.IndexOf(':');
            if (colon < 0 || line.Length > MaxSourceLength || value[..colon] is not ("Source" or "SOURCE" or "Sources" or "SOURCES"))
            {
                return this.units.Count;
            }

            var name = TextScan.Trim(this.text, line.Start + colon + 1, line.End);
            if (name.IsEmpty)
            {
                return this.units.Count;
            }

            this.source = TextScan.Segment(this.text, name);
            return this.units.Count - 1;
        }

        /// <summary>Reads the headline, bylines and standfirst; returns the first body unit.</summary>
        private int ReadHeader(int bodyEnd)
        {
            if (bodyEnd == 0)
            {
                this.headline = this.frontMatter?.Title;
                return 0;
            }

            var first = this.units[0];
            var firstLine = this.lines[first.First];
            var next = 0;
            var restOfFirst = 0;
            if (this.frontMatter?.Title is { } title && !this.text.AsSpan(firstLine.Start, firstLine.Length).SequenceEqual(title.Text))
            {
                // The front matter names the headline and the body does not repeat it.
                this.headline = title;
            }
            else if (this.IsHeadline(firstLine, bodyEnd))
            {
                this.headline = TextScan.Segment(this.text, firstLine);
                restOfFirst = first.Count - 1;
                next = 1;
            }
            else
            {
                return 0;
            }

            if (restOfFirst > 0)
            {
                // Lines under the headline in its own block: bylines, else the standfirst.
                var rest = first.First + 1;
                while (rest < first.First + first.Count && BylineParser.TryParse(this.text, this.lines[rest], this.bylines))
                {
                    rest++;
                }

                if (rest < first.First + first.Count)
                {
                    var span = TextSpan.FromBounds(this.lines[rest].Start, this.lines[first.First + first.Count - 1].End);
                    if (this.IsStandfirstText(span))
                    {
                        this.standfirst = TextScan.Segment(this.text, span);
                    }
                    else
                    {
                        // Not a standfirst: treat the rest of the block as the first paragraph.
                        this.paragraphs.Add(new Paragraph(span));
                        this.TryDateline(span);
                    }
                }
            }

            while (next < bodyEnd && this.units[next].Count == 1 && BylineParser.TryParse(this.text, this.lines[this.units[next].First], this.bylines))
            {
                next++;
            }

            if (this.headline is null || this.standfirst is not null || this.paragraphs.Count > 0 || next >= bodyEnd - 1)
            {
                return next;
            }

            var candidate = this.units[next];
            var candidateLine = this.lines[candidate.First];
            if (candidate.Count != 1 || !this.IsStandfirstText(candidateLine) || this.IsMediaAt(next, bodyEnd, out _, out _))
            {
                return next;
            }

            // Attached to the headline (blank-line layout), or followed by a byline or a picture.
            var after = next + 1;
            var attached = candidate.Attached && !this.lineMode && next == 1;
            var bylinesAfter = this.bylines.Count;
            while (after < bodyEnd && this.units[after].Count == 1 && BylineParser.TryParse(this.text, this.lines[this.units[after].First], this.bylines))
            {
                after++;
            }

            var followedByByline = this.bylines.Count > bylinesAfter;
            if (attached || followedByByline || this.IsMediaAt(after, bodyEnd, out _, out _))
            {
                this.standfirst = TextScan.Segment(this.text, candidateLine);
                return after;
            }

            return next;
        }

        private void ReadBody(int next, int bodyEnd)
        {
            var i = next;
            while (i < bodyEnd)
            {
                if (this.IsMediaAt(i, bodyEnd, out var item, out var used))
                {
                    (this.media ??= []).Add(item!);
                    i += used;
                    continue;
                }

                var unit = this.units[i];
                var span = TextSpan.FromBounds(this.lines[unit.First].Start, this.lines[unit.First + unit.Count - 1].End);
                if (unit.Count == 1 && i < bodyEnd - 1 && this.IsHeading(span))
                {
                    this.CloseSection();
                    this.heading = TextScan.Segment(this.text, span);
                    i++;
                    continue;
                }

                if (this.paragraphs.Count == 0 && this.sections.Count == 0 && this.dateline is null)
                {
                    this.TryDateline(span);
                }

                this.paragraphs.Add(new Paragraph(span));
                i++;
            }

            this.CloseSection();
        }

        private void CloseSection()
        {
            if (this.paragraphs.Count > 0 || this.heading is not null)
            {
                this.sections.Add(new Section(this.heading, ImmutableArray.Create<Paragraph>(this.paragraphs.AsSpan())));
            }

            this.paragraphs.Clear();
            this.heading = null;
        }

        private void TryDateline(TextSpan paragraph) => this.dateline ??= DatelineParser.TryParse(this.text, paragraph);

        /// <summary>Whether unit <paramref name="i"/> starts a picture's block; says how many units it takes.</summary>
        private bool IsMediaAt(int i, int bodyEnd, out MediaItem? item, out int used)
        {
            item = null;
            used = 0;
            if (i >= bodyEnd)
            {
                return false;
            }

            var unit = this.units[i];
            var firstLine = this.lines[unit.First];
            if (unit.Count == 1)
            {
                if (this.TryCaption(null, firstLine, out item))
                {
                    used = 1;
                    return true;
                }

                // A title line, then the caption line right under it.
                if (i + 1 < bodyEnd && this.units[i + 1].Attached && this.units[i + 1].Count == 1
                    && this.IsMediaTitle(firstLine) && this.TryCaption(firstLine, this.lines[this.units[i + 1].First], out item))
                {
                    used = 2;
                    return true;
                }

                return false;
            }

            if (unit.Count == 2 && this.IsMediaTitle(firstLine) && this.TryCaption(firstLine, this.lines[unit.First + 1], out item))
            {
                used = 1;
                return true;
            }

            return false;
        }

        private bool TryCaption(TextSpan? title, TextSpan line, out MediaItem? item)
        {
            item = null;
            if (!CreditParser.TryParse(this.text, line, out var caption, out var credit))
            {
                return false;
            }

            item = new MediaItem(
                title is { } t ? TextScan.Segment(this.text, t) : null,
                TextScan.Segment(this.text, caption),
                TextScan.Segment(this.text, credit));
            return true;
        }

        private bool IsHeadline(TextSpan line, int bodyEnd)
        {
            if (line.Length > MaxHeadlineLength)
            {
                return false;
            }

            var onlyLine = bodyEnd == 1 && this.units[0].Count == 1;
            if ((onlyLine || this.lineMode) && EndsSentence(this.text, line))
            {
                // A lone line or a line-per-paragraph text: a headline has no final full stop.
                return false;
            }

            // Headlines may hold two sentences ("Superdelegates? Dems have too many."): only
            // the length, a byline or a dateline rule the first line out.
            return !BylineParser.TryParse(this.text, line, [])
                && DatelineParser.TryParse(this.text, line) is null;
        }

        private bool IsStandfirstText(TextSpan span) =>
            span.Length <= MaxStandfirstLength
            && !TextScan.IsOpeningQuote(this.text[span.Start])
            && DatelineParser.TryParse(this.text, span) is null
            && SentenceSplitter.Split(this.text, span).Length == 1;

        private bool IsMediaTitle(TextSpan line) =>
            line.Length <= MaxMediaTitleLength
            && !EndsWithPunctuation(this.text, line)
            && TextScan.CountWords(this.text.AsSpan(line.Start, line.Length), MaxMediaTitleWords) <= MaxMediaTitleWords;

        private bool IsHeading(TextSpan line)
        {
            if (line.Length >= MaxHeadingLength)
            {
                return false;
            }

            var first = this.text[line.Start];
            var value = this.text.AsSpan(line.Start, line.Length);
            if (!char.IsUpper(first) && !char.IsDigit(first))
            {
                return false;
            }

            if (value[^1] == '?')
            {
                // "Down-ballot blues?" is a subheading; "Did that mean he would vote for Trump?"
                // and "Q: Is he conservative?" are body text or an interview's questions.
                return TextScan.CountWords(value, MaxQuestionHeadingWords) <= MaxQuestionHeadingWords && !value.Contains(':');
            }

            return !EndsWithPunctuation(this.text, line)
                && TextScan.CountWords(value, MaxHeadingWords) <= MaxHeadingWords;
        }
    }
}
