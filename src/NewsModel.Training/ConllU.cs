namespace NewsModel.Training;

/// <summary>A word of a CoNLL-U sentence: its form and its Penn Treebank tag (XPOS).</summary>
/// <param name="Form">The form.</param>
/// <param name="Tag">The XPOS tag.</param>
internal readonly record struct GoldWord(string Form, string Tag);

/// <summary>A multiword token ("don't" over the words "do" and "n't"): its surface form and the words it spans.</summary>
/// <param name="First">The index of its first word (0-based).</param>
/// <param name="Last">The index of its last word.</param>
/// <param name="Form">The surface form.</param>
internal readonly record struct Multiword(int First, int Last, string Form);

/// <summary>A sentence of a CoNLL-U file.</summary>
/// <param name="Id">The <c># sent_id</c>.</param>
/// <param name="Document">The <c># newdoc id</c> in force (the file's name when there is none).</param>
/// <param name="Text">The <c># text</c>.</param>
/// <param name="Words">The words, without empty nodes.</param>
/// <param name="Multiwords">The multiword tokens.</param>
internal sealed record GoldSentence(string Id, string Document, string Text, IReadOnlyList<GoldWord> Words, IReadOnlyList<Multiword> Multiwords);

/// <summary>
/// Reads CoNLL-U: sentences between blank lines, <c># sent_id</c>, <c># text</c> and
/// <c># newdoc id</c> comments, ten tab-separated columns per word. Multiword-token lines
/// (<c>3-4</c>) are kept as spans over their words; empty nodes (<c>8.1</c>) are skipped.
/// </summary>
internal static class ConllU
{
    /// <summary>Reads the sentences of a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The sentences in file order.</returns>
    public static List<GoldSentence> ReadFile(string path) => Read(File.ReadLines(path), Path.GetFileNameWithoutExtension(path));

    /// <summary>Reads sentences from lines.</summary>
    /// <param name="lines">The lines.</param>
    /// <param name="source">The document id before any <c># newdoc id</c>.</param>
    /// <returns>The sentences in order.</returns>
    public static List<GoldSentence> Read(IEnumerable<string> lines, string source)
    {
        var sentences = new List<GoldSentence>();
        var document = source;
        string? id = null;
        string? text = null;
        var words = new List<GoldWord>();
        var multiwords = new List<Multiword>();
        var lineNumber = 0;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new GoldSentence(id ?? $"{document}-{sentences.Count + 1}", document, text ?? string.Join(' ', words.Select(w => w.Form)), [.. words], [.. multiwords]));
            }

            words.Clear();
            multiwords.Clear();
            id = null;
            text = null;
        }

        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
            {
                if (Comment(line, "newdoc id") is { } newDocument)
                {
                    Flush();
                    document = newDocument;
                }
                else if (Comment(line, "sent_id") is { } sentenceId)
                {
                    id = sentenceId;
                }
                else if (Comment(line, "text") is { } sentenceText)
                {
                    text = sentenceText;
                }

                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new FormatException($"{source} line {lineNumber}: {columns.Length} columns, not 10");
            }

            var dash = columns[0].IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                var first = int.Parse(columns[0].AsSpan(0, dash), System.Globalization.CultureInfo.InvariantCulture);
                var last = int.Parse(columns[0].AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture);
                multiwords.Add(new Multiword(first - 1, last - 1, columns[1]));
                continue;
            }

            if (columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            words.Add(new GoldWord(columns[1], columns[4]));
        }

        Flush();
        return sentences;
    }

    private static string? Comment(string line, string key)
    {
        var body = line.AsSpan(1).TrimStart();
        if (!body.StartsWith(key, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = body[key.Length..].TrimStart();
        return rest.Length > 0 && rest[0] == '=' ? rest[1..].Trim().ToString() : null;
    }
}
