using System.Net;
using System.Text;

using NewsModel;
using NewsModel.Model;
using NewsModel.TimeML;

// The `events` task: extracts the TempEval-3 TBAQ documents (TimeBank and AQUAINT; DCT as the
// publication date, TEXT as the article) and writes OUT/<folder>/<name>.tml with an EVENT tag
// around each event's trigger, then scores the EVENT mentions with shared/eval/timeml_events.py
// (TempEval-3 task B: relaxed and strict F1, class accuracy over the relaxed matches). The model's
// events carry a CAMEO type, not a TimeML class, so the tags have no class attribute.
internal static class EventsTask
{
    private static readonly string[] Folders = ["TimeBank", "AQUAINT"];

    public static int Run(string shared, string output)
    {
        var status = 0;
        foreach (var folder in Folders)
        {
            var gold = Path.Combine(shared, "data", "timebank", folder);
            var outDir = Path.Combine(output, folder);
            Directory.CreateDirectory(outDir);
            var count = 0;
            foreach (var path in Directory.EnumerateFiles(gold, "*.tml").Order(StringComparer.Ordinal))
            {
                var document = TimeMLDocument.Parse(File.ReadAllText(path));
                if (!document.Success)
                {
                    Console.Error.WriteLine($"{Path.GetFileName(path)}: {document.Error}");
                    status = 1;
                    continue;
                }

                var article = NewsPipeline.Default.Read(document.Value.Text, document.Value.ToReadOptions());
                File.WriteAllText(Path.Combine(outDir, Path.GetFileName(path)), WithEventTags(article));
                count++;
            }

            Console.WriteLine($"{folder}: {count} documents");
            status |= Scorer.Run(Path.Combine(shared, "eval", "timeml_events.py"), gold, outDir);
        }

        return status;
    }

    // A TimeML document whose TEXT is the article's text with <EVENT> around each trigger; a trigger
    // that overlaps one already tagged (two events of one phrase) is tagged once.
    private static string WithEventTags(Article article)
    {
        var text = article.Text;
        var output = new StringBuilder("<?xml version=\"1.0\" ?>\n<TimeML>\n<TEXT>");
        var position = 0;
        var number = 0;
        foreach (var span in article.Events.Select(e => e.Trigger.Span).Order())
        {
            if (span.Start < position)
            {
                continue;
            }

            output.Append(WebUtility.HtmlEncode(text[position..span.Start]));
            output.Append("<EVENT eid=\"e").Append(++number).Append("\">").Append(WebUtility.HtmlEncode(text.Substring(span.Start, span.Length))).Append("</EVENT>");
            position = span.End;
        }

        output.Append(WebUtility.HtmlEncode(text[position..])).Append("</TEXT>\n</TimeML>\n");
        return output.ToString();
    }
}
