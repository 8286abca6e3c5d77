using System.Collections.Immutable;

namespace NewsModel.Lexicons;

/// <summary>One entry line of a lexicon file: its 1-based line number and its trimmed columns.</summary>
internal readonly struct LexiconLine
{
    private readonly string[] columns;

    public LexiconLine(string source, int lineNumber, string[] columns)
    {
        this.Source = source;
        this.LineNumber = lineNumber;
        this.columns = columns;
    }

    /// <summary>The resource or file name the line came from, for error messages.</summary>
    public string Source { get; }

    public int LineNumber { get; }

    public int ColumnCount => this.columns.Length;

    /// <summary>A required column: present and not empty.</summary>
    public string Required(int index, string what)
    {
        var value = this.Optional(index);
        return value ?? throw new LexiconFormatException($"column {index + 1} ({what}) is empty");
    }

    /// <summary>An optional column: null when absent or empty.</summary>
    public string? Optional(int index) =>
        index < this.columns.Length && this.columns[index].Length > 0 ? this.columns[index] : null;

    /// <summary>A column holding a <c>;</c>-separated list; empty when the column is absent.</summary>
    public ImmutableArray<string> List(int index)
    {
        var value = this.Optional(index);
        if (value is null)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var range in value.AsSpan().Split(';'))
        {
            var item = value.AsSpan(range).Trim();
            if (!item.IsEmpty)
            {
                builder.Add(item.ToString());
            }
        }

        return builder.ToImmutable();
    }
}

/// <summary>Thrown by entry parsers for a bad line; the reader turns it into a <see cref="ParseError"/>.</summary>
internal sealed class LexiconFormatException : Exception
{
    public LexiconFormatException(string message)
        : base(message)
    {
    }

    public LexiconFormatException()
    {
    }

    public LexiconFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Reads the lexicon file format: <c>#</c> comment lines and blank lines are skipped; every other
/// line is an entry whose columns are separated by <c>|</c> (conventionally <c> | </c>) or by a
/// tab, each column trimmed. Lists inside a column are separated by <c>;</c>.
/// </summary>
internal static class LexiconReader
{
    /// <summary>
    /// Parses every entry line of <paramref name="text"/> with <paramref name="parse"/>. The first
    /// bad line stops the read and gives an error that names <paramref name="source"/> and the line.
    /// </summary>
    /// <param name="source">The resource or file name, quoted in errors.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="minColumns">The fewest columns an entry may have.</param>
    /// <param name="maxColumns">The most columns an entry may have.</param>
    /// <param name="parse">Turns a line into an entry; throws <see cref="LexiconFormatException"/> on bad content.</param>
    /// <param name="keyOf">The entry's key; a key seen twice in one file is an error.</param>
    public static ParseResult<ImmutableArray<T>> Read<T>(
        string source,
        string text,
        int minColumns,
        int maxColumns,
        Func<LexiconLine, T> parse,
        Func<T, string> keyOf)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        var entries = ImmutableArray.CreateBuilder<T>();
        var firstLineOfKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        foreach (var range in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = range.Trim();
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                // A byte order mark left in by an editor is not part of the first line.
                line = line[1..].TrimStart();
            }

            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            var columns = SplitColumns(line);
            if (columns.Length < minColumns || columns.Length > maxColumns)
            {
                var expected = minColumns == maxColumns ? $"{minColumns}" : $"{minColumns} to {maxColumns}";
                return Fail<T>(source, lineNumber, $"expected {expected} columns separated by ' | ', found {columns.Length}");
            }

            T entry;
            try
            {
                entry = parse(new LexiconLine(source, lineNumber, columns));
            }
            catch (LexiconFormatException e)
            {
                return Fail<T>(source, lineNumber, e.Message);
            }

            var key = keyOf(entry);
            if (!firstLineOfKey.TryAdd(key, lineNumber))
            {
                return Fail<T>(source, lineNumber, $"duplicate entry '{key}' (first on line {firstLineOfKey[key]})");
            }

            entries.Add(entry);
        }

        return ParseResult<ImmutableArray<T>>.ForValue(entries.ToImmutable());
    }

    private static string[] SplitColumns(ReadOnlySpan<char> line)
    {
        // A tab-separated line may hold '|' inside no column; a '|' line may not hold tabs.
        var separator = line.Contains('\t') ? '\t' : '|';
        var count = line.Count(separator) + 1;
        var columns = new string[count];
        var i = 0;
        foreach (var range in line.Split(separator))
        {
            columns[i++] = line[range].Trim().ToString();
        }

        return columns;
    }

    private static ParseResult<ImmutableArray<T>> Fail<T>(string source, int lineNumber, string message) =>
        ParseResult<ImmutableArray<T>>.ForError(new ParseError($"{source}: {message}") { Line = lineNumber });
}
