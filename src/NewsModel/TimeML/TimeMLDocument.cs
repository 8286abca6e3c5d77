using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;

using NewsModel.Model;

using NodaTime;
using NodaTime.Text;

namespace NewsModel.TimeML;

/// <summary>
/// A TimeML (TempEval) document: its creation time (the DCT), the plain text of its <c>TEXT</c>
/// element, and what is needed to write it back with new TIMEX3 tags (<see cref="TimeMLWriter"/>).
/// Every tag inside <c>TEXT</c> (TIMEX3, EVENT, SIGNAL...) is stripped and never read: the
/// development data carries its answers inline.
/// </summary>
public sealed class TimeMLDocument
{
    private TimeMLDocument(string source, int contentStart, int contentEnd, ImmutableArray<TimeMLTextRun> runs, string text, LocalDate? creationTime, string? docId)
    {
        this.Source = source;
        this.ContentStart = contentStart;
        this.ContentEnd = contentEnd;
        this.Runs = runs;
        this.Text = text;
        this.CreationTime = creationTime;
        this.DocId = docId;
    }

    /// <summary>The plain text of the <c>TEXT</c> element: tags removed, entities unescaped.</summary>
    public string Text { get; }

    /// <summary>The document creation time (the DCT's TIMEX3 with <c>functionInDocument="CREATION_TIME"</c>), as a day.</summary>
    public LocalDate? CreationTime { get; }

    /// <summary>The <c>DOCID</c> element's text, if any.</summary>
    public string? DocId { get; }

    /// <summary>The document exactly as read.</summary>
    internal string Source { get; }

    /// <summary>The offset in <see cref="Source"/> where the <c>TEXT</c> element's content starts.</summary>
    internal int ContentStart { get; }

    /// <summary>The offset in <see cref="Source"/> of the <c>&lt;/TEXT&gt;</c> tag.</summary>
    internal int ContentEnd { get; }

    /// <summary>The runs of character data inside <c>TEXT</c>, in order.</summary>
    internal ImmutableArray<TimeMLTextRun> Runs { get; }

    /// <summary>Read options for the article: the DOCID as id and the DCT as publication date.</summary>
    /// <returns>The options.</returns>
    public ReadOptions ToReadOptions() => new()
    {
        Id = string.IsNullOrWhiteSpace(this.DocId) ? null : new ArticleId(this.DocId.Trim()),
        Published = this.CreationTime,
    };

    /// <summary>Reads a TimeML document. Malformed XML or a missing <c>TEXT</c> element is an error value with its line and column.</summary>
    /// <param name="xml">The document.</param>
    /// <returns>The document, or why it could not be read.</returns>
    public static ParseResult<TimeMLDocument> Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);

        // A BOM-less string is expected; a leading BOM character is not part of the markup.
        var (creationTime, docId, error) = Validate(xml);
        if (error is not null)
        {
            return ParseResult<TimeMLDocument>.ForError(error);
        }

        return ReadText(xml, creationTime, docId);
    }

    // The XML reader checks well-formedness (with line and column on failure) and reads the DCT;
    // the TEXT content is then read from the raw string so that it can be written back unchanged.
    private static (LocalDate? CreationTime, string? DocId, ParseError? Error) Validate(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreWhitespace = false,
        };

        LocalDate? creationTime = null;
        string? docId = null;
        try
        {
            using var stringReader = new StringReader(xml);
            using var reader = XmlReader.Create(stringReader, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "TIMEX3" && creationTime is null && reader.GetAttribute("functionInDocument") == "CREATION_TIME")
                {
                    creationTime = ParseDay(reader.GetAttribute("value"));
                }
                else if (reader.LocalName == "DOCID" && docId is null && !reader.IsEmptyElement)
                {
                    docId = reader.ReadElementContentAsString();
                }
            }
        }
        catch (XmlException exception)
        {
            return (null, null, new ParseError(FirstLine(exception.Message)) { Line = exception.LineNumber, Column = exception.LinePosition });
        }

        return (creationTime, docId, null);
    }

    private static LocalDate? ParseDay(string? value)
    {
        if (value is null || value.Length < 10)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(value[..10]);
        return parsed.Success ? parsed.Value : null;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private static ParseResult<TimeMLDocument> ReadText(string xml, LocalDate? creationTime, string? docId)
    {
        var contentStart = FindTextStart(xml);
        if (contentStart < 0)
        {
            return ParseResult<TimeMLDocument>.ForError(new ParseError("the document has no TEXT element"));
        }

        var runs = ImmutableArray.CreateBuilder<TimeMLTextRun>();
        var plain = new StringBuilder();
        var depth = 0;
        var i = contentStart;
        while (i < xml.Length)
        {
            if (xml[i] != '<')
            {
                var end = xml.IndexOf('<', i);
                end = end < 0 ? xml.Length : end;
                runs.Add(new TimeMLTextRun(i, end, plain.Length, false));
                Unescape(xml, i, end, plain);
                i = end;
                continue;
            }

            if (string.CompareOrdinal(xml, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(xml, i, "-->");
                continue;
            }

            if (string.CompareOrdinal(xml, i, "<![CDATA[", 0, 9) == 0)
            {
                var end = xml.IndexOf("]]>", i + 9, StringComparison.Ordinal);
                end = end < 0 ? xml.Length : end;
                runs.Add(new TimeMLTextRun(i + 9, end, plain.Length, true));
                plain.Append(xml, i + 9, end - i - 9);
                i = Math.Min(xml.Length, end + 3);
                continue;
            }

            if (string.CompareOrdinal(xml, i, "<?", 0, 2) == 0)
            {
                i = SkipPast(xml, i, "?>");
                continue;
            }

            var closeAt = FindTagEnd(xml, i);
            var closing = i + 1 < xml.Length && xml[i + 1] == '/';
            var selfClosing = xml[closeAt - 1] == '/';
            if (closing)
            {
                if (depth == 0)
                {
                    // The TEXT element's own end tag (the XML reader has checked the nesting).
                    var document = new TimeMLDocument(xml, contentStart, i, runs.ToImmutable(), plain.ToString(), creationTime, docId);
                    return ParseResult<TimeMLDocument>.ForValue(document);
                }

                depth--;
            }
            else if (!selfClosing)
            {
                depth++;
            }

            i = closeAt + 1;
        }

        return ParseResult<TimeMLDocument>.ForError(new ParseError("the TEXT element is not closed"));
    }

    // The offset just past "<TEXT ...>", skipping comments, CDATA and processing instructions.
    private static int FindTextStart(string xml)
    {
        var i = 0;
        while (i < xml.Length)
        {
            i = xml.IndexOf('<', i);
            if (i < 0)
            {
                return -1;
            }

            if (string.CompareOrdinal(xml, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(xml, i, "-->");
                continue;
            }

            if (string.CompareOrdinal(xml, i, "<![CDATA[", 0, 9) == 0)
            {
                i = SkipPast(xml, i, "]]>");
                continue;
            }

            var end = FindTagEnd(xml, i);
            if (string.CompareOrdinal(xml, i, "<TEXT", 0, 5) == 0 && i + 5 < xml.Length && (xml[i + 5] == '>' || char.IsWhiteSpace(xml[i + 5])))
            {
                return xml[end - 1] == '/' ? -1 : end + 1;
            }

            i = end + 1;
        }

        return -1;
    }

    // The offset of the '>' that ends the tag at `start`, skipping quoted attribute values.
    private static int FindTagEnd(string xml, int start)
    {
        char quote = '\0';
        for (var i = start + 1; i < xml.Length; i++)
        {
            var c = xml[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return xml.Length - 1;
    }

    private static int SkipPast(string xml, int start, string terminator)
    {
        var end = xml.IndexOf(terminator, start, StringComparison.Ordinal);
        return end < 0 ? xml.Length : end + terminator.Length;
    }

    /// <summary>Appends the unescaped character data of <c>xml[start..end)</c>.</summary>
    internal static void Unescape(string xml, int start, int end, StringBuilder into)
    {
        var i = start;
        while (i < end)
        {
            var length = EntityAt(xml, i, end, out var decoded);
            if (length > 0)
            {
                into.Append(decoded);
                i += length;
            }
            else
            {
                into.Append(xml[i]);
                i++;
            }
        }
    }

    /// <summary>
    /// The length of the entity reference at <paramref name="i"/> (0 when there is none) and the
    /// text it stands for: the five XML entities and numeric references.
    /// </summary>
    internal static int EntityAt(string xml, int i, int end, out string decoded)
    {
        decoded = string.Empty;
        if (xml[i] != '&')
        {
            return 0;
        }

        // Entity names are short: look no further than a few characters for the ';'.
        var semicolon = -1;
        for (var k = i + 1; k < end && k < i + 12; k++)
        {
            if (xml[k] == ';')
            {
                semicolon = k;
                break;
            }
        }

        if (semicolon < 0)
        {
            return 0;
        }

        var name = xml.AsSpan(i + 1, semicolon - i - 1);
        switch (name)
        {
            case "amp":
                decoded = "&";
                break;
            case "lt":
                decoded = "<";
                break;
            case "gt":
                decoded = ">";
                break;
            case "quot":
                decoded = "\"";
                break;
            case "apos":
                decoded = "'";
                break;
            default:
                if (name.Length < 2 || name[0] != '#')
                {
                    return 0;
                }

                var hex = name[1] is 'x' or 'X';
                var digits = name[(hex ? 2 : 1)..];
                if (!int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                    || code is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
                {
                    return 0;
                }

                decoded = char.ConvertFromUtf32(code);
                break;
        }

        return semicolon - i + 1;
    }
}

/// <summary>A run of character data inside the <c>TEXT</c> element.</summary>
/// <param name="RawStart">Its first offset in the source.</param>
/// <param name="RawEnd">The offset just past it in the source.</param>
/// <param name="PlainStart">Where its unescaped text starts in <see cref="TimeMLDocument.Text"/>.</param>
/// <param name="IsCData">Whether it is the content of a CDATA section (no entities).</param>
internal readonly record struct TimeMLTextRun(int RawStart, int RawEnd, int PlainStart, bool IsCData);
