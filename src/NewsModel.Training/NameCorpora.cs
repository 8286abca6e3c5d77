using System.Globalization;

using NewsModel.Model;
using NewsModel.Tokens;

namespace NewsModel.Training;

/// <summary>A name in a gold sentence: words [<paramref name="First"/>, <paramref name="End"/>) and its type (PER, ORG, LOC).</summary>
/// <param name="First">Its first word (0-based).</param>
/// <param name="End">The word just past its last.</param>
/// <param name="Type">PER, ORG or LOC.</param>
internal readonly record struct GoldName(int First, int End, string Type);

/// <summary>A gold sentence with its names.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Names">Its names, apart from one another.</param>
internal sealed record NamedSentence(GoldSentence Sentence, IReadOnlyList<GoldName> Names);

/// <summary>
/// Reads the name data: Universal NER over EWT (BIO tags over EWT's words; OTH and a stray B-O
/// are not names of ours) joined to EWT's sentences by sent_id, so that its text is tokenized as
/// ours is; and GUM's named mentions of people, organisations and places, read with the
/// conventions of shared/eval/gum.py. Then puts BILOU tags on our tokens.
/// </summary>
internal static class NameCorpora
{
    /// <summary>Reads a UNER file and the EWT file of the same sentences.</summary>
    /// <param name="ewtPath">The EWT CoNLL-U file.</param>
    /// <param name="unerPath">The UNER iob2 file.</param>
    /// <param name="differing">How many sentences were left out because their words differ.</param>
    /// <returns>The sentences with their names, in EWT's order.</returns>
    public static List<NamedSentence> ReadUner(string ewtPath, string unerPath, out int differing)
    {
        var tagsById = new Dictionary<string, List<(string Form, string Tag)>>(StringComparer.Ordinal);
        string? id = null;
        List<(string Form, string Tag)>? words = null;
        foreach (var raw in File.ReadLines(unerPath))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("# sent_id", StringComparison.Ordinal))
            {
                id = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
                words = [];
                tagsById[id] = words;
            }
            else if (line.Length > 0 && line[0] != '#' && words is not null)
            {
                var columns = line.Split('\t');
                words.Add((columns[1], columns.Length > 2 ? columns[2] : "O"));
            }
        }

        differing = 0;
        var result = new List<NamedSentence>();
        foreach (var sentence in ConllU.ReadFile(ewtPath))
        {
            if (!tagsById.TryGetValue(sentence.Id, out var tagged)
                || tagged.Count != sentence.Words.Count
                || !tagged.Select(t => t.Form).SequenceEqual(sentence.Words.Select(w => w.Form), StringComparer.Ordinal))
            {
                differing++;
                continue;
            }

            result.Add(new NamedSentence(sentence, BioNames(tagged.Select(t => t.Tag).ToList())));
        }

        return result;
    }

    /// <summary>The names of BIO tags: B-X opens one, I-X of the same type goes on with it; OTH and anything else are no name.</summary>
    internal static List<GoldName> BioNames(IReadOnlyList<string> tags)
    {
        var names = new List<GoldName>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var kind = tag.Length > 2 && tag[1] == '-' ? Ours(tag[2..]) : null;
            if (tag.StartsWith("I-", StringComparison.Ordinal) && kind is not null && kind == type)
            {
                continue;
            }

            if (type is not null)
            {
                names.Add(new GoldName(start, i, type));
            }

            (start, type) = kind is not null ? (i, kind) : (-1, null);
        }

        return names;

        static string? Ours(string type) => type is "PER" or "ORG" or "LOC" ? type : null;
    }

    /// <summary>
    /// Reads a GUM document's sentences and the names a tagger should learn from its mentions of
    /// people, organisations and places: of each mention whose head holds a proper noun, the
    /// proper name that ends at the head's last word (that word and the proper nouns before it,
    /// with the function words between them, "Bank of America"), innermost mentions first, so that
    /// "the U.S. Senate" gives "U.S." (a place) and "Senate" (an organisation). The scorer's head
    /// match accepts such a name for the whole mention ("Barack Obama" for "US President Barack
    /// Obama"), and it is the span Universal NER marks, so the two data sets teach one thing.
    /// Mentions whose head is not a name ("officials of the U.S.") teach nothing.
    /// </summary>
    /// <param name="path">The CoNLL-U file.</param>
    /// <returns>The sentences with their names.</returns>
    public static List<NamedSentence> ReadGum(string path)
    {
        var document = Path.GetFileNameWithoutExtension(path);
        var fields = new List<string> { "GRP", "etype", "infstat", "salience", "centering", "minspan", "link", "identity" };
        var sentences = new List<(string Text, List<GumWord> Words, List<Multiword> Multiwords)>();
        var all = new List<GumWord>();
        string? text = null;
        var words = new List<GumWord>();
        var multiwords = new List<Multiword>();
        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add((text ?? string.Join(' ', words.Select(w => w.Form)), words, multiwords));
            }

            words = [];
            multiwords = [];
            text = null;
        }

        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
            {
                var body = line.AsSpan(1).Trim();
                if (body.StartsWith("global.Entity", StringComparison.Ordinal))
                {
                    fields = [.. body[(body.IndexOf('=') + 1)..].Trim().ToString().Split('-')];
                }
                else if (body.StartsWith("text", StringComparison.Ordinal) && body[4..].TrimStart().StartsWith('='))
                {
                    var at = line.IndexOf('=', StringComparison.Ordinal) + 1;
                    text = line[at..].StartsWith(' ') ? line[(at + 1)..] : line[at..];
                }

                continue;
            }

            var columns = line.Split('\t');
            if (columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var dash = columns[0].IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                var first = int.Parse(columns[0].AsSpan(0, dash), CultureInfo.InvariantCulture);
                var last = int.Parse(columns[0].AsSpan(dash + 1), CultureInfo.InvariantCulture);
                multiwords.Add(new Multiword(first - 1, last - 1, columns[1]));
                continue;
            }

            var entity = columns[9].Split('|').FirstOrDefault(m => m.StartsWith("Entity=", StringComparison.Ordinal))?["Entity=".Length..];
            var word = new GumWord(columns[1], columns[3], columns[4], entity, sentences.Count, words.Count);
            words.Add(word);
            all.Add(word);
        }

        Flush();

        // The mentions, as gum.py reads them: "(id-fields" opens, "id)" closes the last opened
        // mention of that id, "(id-fields)" is one word.
        var mentions = new List<(int First, int Last, string? Type, int[] Head)>();
        var open = new Dictionary<string, Stack<(int First, Dictionary<string, string> Info)>>(StringComparer.Ordinal);
        for (var w = 0; w < all.Count; w++)
        {
            if (all[w].Entity is not { } value)
            {
                continue;
            }

            var i = 0;
            while (i < value.Length)
            {
                if (value[i] == '(')
                {
                    var j = i + 1;
                    while (j < value.Length && value[j] is not '(' and not ')')
                    {
                        j++;
                    }

                    var info = Fields(fields, value[(i + 1)..j]);
                    if (j < value.Length && value[j] == ')')
                    {
                        mentions.Add(Mention(w, w, info));
                        i = j + 1;
                    }
                    else
                    {
                        var id = value[(i + 1)..j].Split('-')[0];
                        if (!open.TryGetValue(id, out var stack))
                        {
                            open[id] = stack = new();
                        }

                        stack.Push((w, info));
                        i = j;
                    }
                }
                else
                {
                    var j = i;
                    while (j < value.Length && value[j] is not '(' and not ')')
                    {
                        j++;
                    }

                    var (first, info) = open[value[i..j]].Pop();
                    mentions.Add(Mention(first, w, info));
                    i = j + 1;
                }
            }
        }

        // Innermost first; a word belongs to one name at most.
        var claimed = new bool[all.Count];
        var names = new List<(int First, int End, string Type)>();
        foreach (var (first, last, type, head) in mentions.OrderBy(m => m.Last - m.First).ThenBy(m => m.First))
        {
            if (type is null || head.Length == 0 || !head.Any(h => all[h].Upos == "PROPN"))
            {
                continue;
            }

            var end = head.Max();
            if (all[end].Upos != "PROPN" || claimed[end] || all[first].Sentence != all[end].Sentence)
            {
                continue;
            }

            var start = end;
            for (var k = end - 1; k >= first && !claimed[k] && (all[k].Upos == "PROPN" || all[k].Upos is "ADP" or "CCONJ" or "DET"); k--)
            {
                start = all[k].Upos == "PROPN" ? k : start;
            }

            for (var k = start; k <= end; k++)
            {
                claimed[k] = true;
            }

            names.Add((start, end + 1, type));
        }

        var result = new List<NamedSentence>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var (sentenceText, sentenceWords, sentenceMultiwords) = sentences[s];
            var gold = new GoldSentence($"{document}-{s + 1}", document, sentenceText, [.. sentenceWords.Select(w => new GoldWord(w.Form, w.Xpos))], sentenceMultiwords);
            var offset = all.IndexOf(sentenceWords[0]);
            var inside = names.Where(n => all[n.First].Sentence == s)
                .OrderBy(n => n.First)
                .Select(n => new GoldName(n.First - offset, n.End - offset, n.Type))
                .ToList();
            result.Add(new NamedSentence(gold, inside));
        }

        return result;

        (int, int, string?, int[]) Mention(int first, int last, Dictionary<string, string> info)
        {
            var type = info.GetValueOrDefault("etype") switch
            {
                "person" => "PER",
                "organization" => "ORG",
                "place" => "LOC",
                _ => null,
            };
            var head = (info.GetValueOrDefault("minspan") ?? string.Empty).Split(',')
                .Select(x => int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : 0)
                .Where(k => k >= 1 && k <= last - first + 1)
                .Select(k => first + k - 1)
                .ToArray();
            return (first, last, type, head);
        }
    }

    /// <summary>
    /// Puts BILOU tags on our tokens of a sentence; null when one of our tokens crosses a name's
    /// edge or a gold form is not in the text.
    /// </summary>
    public static TaggedSentence? Align(NamedSentence named)
    {
        var sentence = named.Sentence;
        if (TokenAlignment.GoldSpans(sentence) is not { } spans)
        {
            return null;
        }

        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence.Text, new TextSpan(0, sentence.Text.Length), TokenAlignment.IsAbbreviation, tokens);
        var tags = Enumerable.Repeat("O", tokens.Count).ToArray();
        foreach (var name in named.Names)
        {
            var start = spans[name.First].Start;
            var end = spans[name.End - 1].End;
            var first = -1;
            var last = -1;
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                if (token.End <= start || token.Start >= end)
                {
                    continue;
                }

                if (token.Start < start || token.End > end)
                {
                    return null;
                }

                first = first < 0 ? t : first;
                last = t;
            }

            if (first < 0)
            {
                return null;
            }

            for (var t = first; t <= last; t++)
            {
                tags[t] = (first == last ? "U-" : t == first ? "B-" : t == last ? "L-" : "I-") + name.Type;
            }
        }

        return new TaggedSentence(sentence.Id, sentence.Document, sentence.Text, [.. tokens], tags);
    }

    private static Dictionary<string, string> Fields(List<string> fields, string content)
    {
        var values = content.Split('-');
        if (values.Length > fields.Count)
        {
            values = [.. values[..(fields.Count - 1)], string.Join('-', values[(fields.Count - 1)..])];
        }

        var info = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length && i < fields.Count; i++)
        {
            info[fields[i]] = values[i];
        }

        return info;
    }

    private sealed record GumWord(string Form, string Upos, string Xpos, string? Entity, int Sentence, int Index);
}
