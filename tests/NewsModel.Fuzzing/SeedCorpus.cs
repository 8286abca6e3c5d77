using System.Text;

using NewsModel.Serialization;

using NodaTime;

namespace NewsModel.Fuzzing;

/// <summary>
/// Writes the seed corpus: the repository's seeds/ articles, short articles written here (one
/// per layout and quoting feature the library knows), and the JSON and YAML models the library
/// writes for each, plus an afl-fuzz dictionary per target. afl-fuzz works best from small
/// seeds, so long articles are also cut into their first paragraphs.
/// </summary>
public static class SeedCorpus
{
    // Short articles in the shapes the tests use: headline, blank line, paragraphs; every kind of
    // quote mark, cue, date and layout line the pipeline reads.
    private static readonly string[] ShortArticles =
    [
        "Putin and Maduro hold talks\n\nRussian President Vladimir Putin said on Wednesday: \"We support the dialogue.\"\n",
        "Talks in Moscow\n\n“We will not give up,” Nicolas Maduro told reporters in Moscow on 25 September 2019.\n",
        "Talks\n\n‘It is a key ally,’ said Dmitry Peskov, the Kremlin spokesman. He added that «the projects» would go on.\n",
        "Deal signed\n\nBy Jane Doe\n\nMOSCOW (Reuters) - Russia will lend $3bn to Venezuela in May, the finance ministry said last week.\n",
        "---\npublished: 2019-09-25\nsource: Al Jazeera\n---\nSummit ends\n\nThe leaders met for three hours on Monday.\n",
        "Election\n\nVoters in Ukraine went to the polls in spring 2019, according to officials. \"Unbalanced, she said.\n",
        "Headline without text\n\nSpecial relationship\n\nThe UN General Assembly opened in New York. It called on members to act.\n\nSource: Al Jazeera\n",
        "Photo essay\n\nMaduro and Putin\nLeaders met in Moscow [File: Getty Images]\n\nThe meeting lasted two days, from 24 to 25 September.\n",
        "Talks\n\nMr. Smith said the U.S. would \"consider\" sanctions 'soon', adding: „Wir warten.“ — and then left.\n",
        "\uFEFFA headline with a BOM\r\n\r\nShe said on Tuesday that the talks, which began in 2018, would end next year.\r\n",
    ];

    private static readonly string[] ArticleWords =
    [
        "\"", "“", "”", "‘", "’", "«", "»", "„", "'", "\n\n", "\r\n", " said", " told", "according to", ": ",
        "Mr. ", "President ", "Putin", "Moscow", "Russia", "By ", "Source: ", "[File: ", "---\n", "published: ",
        "Wednesday", "September", "2019", "last week", "next year", " - ", "(Reuters)", "$3bn", "he ", "She ",
    ];

    private static readonly string[] ModelWords =
    [
        "\"schema\"", "\"newsmodel/1\"", "\"article\"", "\"text\"", "\"span\"", "\"start\"", "\"length\"",
        "\"actors\"", "\"quotes\"", "\"times\"", "\"events\"", "\"mentions\"", "\"speaker\"", "\"id\"", "null",
        "schema: ", "newsmodel/1", "article:", "text: ", "span: ", "{start: 0, length: 1}", "- ", "&a ", "*a",
        "!!str ", "|-\n", ">\n", "---\n", "...\n", "\"\\u0000\"", "\"\\ud800\"", "[]", "{}", "published: ",
    ];

    /// <summary>Writes the corpus under <paramref name="outputDirectory"/>/{article,json,yaml}.</summary>
    public static void Write(string repositoryRoot, string outputDirectory)
    {
        var articles = new List<(string Name, string Text)>();
        for (var i = 0; i < ShortArticles.Length; i++)
        {
            articles.Add(($"short-{i:D2}", ShortArticles[i]));
        }

        var seeds = Path.Combine(repositoryRoot, "seeds");
        foreach (var path in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            var name = Path.GetFileNameWithoutExtension(path);
            articles.Add((name, text));
            articles.Add((name + "-head", FirstParagraphs(text, 4)));
        }

        var articleDirectory = Directory.CreateDirectory(Path.Combine(outputDirectory, "article")).FullName;
        var jsonDirectory = Directory.CreateDirectory(Path.Combine(outputDirectory, "json")).FullName;
        var yamlDirectory = Directory.CreateDirectory(Path.Combine(outputDirectory, "yaml")).FullName;
        var options = new ReadOptions { Published = new LocalDate(2019, 9, 25) };
        foreach (var (name, text) in articles)
        {
            File.WriteAllText(Path.Combine(articleDirectory, name + ".txt"), text, new UTF8Encoding(false));
            var article = NewsPipeline.Default.Read(text, options);
            File.WriteAllBytes(Path.Combine(jsonDirectory, name + ".json"), ModelJson.SerializeToUtf8Bytes(article, indented: false));
            File.WriteAllBytes(Path.Combine(yamlDirectory, name + ".yaml"), ModelYaml.SerializeToUtf8Bytes(article));
        }

        WriteDictionary(Path.Combine(outputDirectory, "article.dict"), ArticleWords);
        WriteDictionary(Path.Combine(outputDirectory, "model.dict"), ModelWords);
        Console.WriteLine($"{articles.Count} articles and their models written to {outputDirectory}");
    }

    private static string FirstParagraphs(string text, int count)
    {
        var end = 0;
        for (var i = 0; i < count && end >= 0; i++)
        {
            end = text.IndexOf("\n\n", end + 1, StringComparison.Ordinal);
        }

        return end < 0 ? text : text[..end];
    }

    // afl-fuzz's dictionary format: one name="value" a line, with \" \\ and \xNN escapes.
    private static void WriteDictionary(string path, string[] words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            builder.Append('w').Append(i).Append("=\"");
            foreach (var b in Encoding.UTF8.GetBytes(words[i]))
            {
                if (b is >= 0x20 and < 0x7F and not (byte)'"' and not (byte)'\\')
                {
                    builder.Append((char)b);
                }
                else
                {
                    builder.Append("\\x").Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            builder.Append("\"\n");
        }

        File.WriteAllText(path, builder.ToString());
    }
}
