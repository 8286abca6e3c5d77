using System.Diagnostics;

using NewsModel;
using NewsModel.TimeML;
using NewsModel.Times;

// The `timeml` task: runs the temporal stage over the TempEval-3 TBAQ folders (TimeBank and
// AQUAINT), DCT as publication date and TEXT as the article, writes OUT/<folder>/<name>.tml and
// scores each folder with shared/eval/timeml.py.
internal static class TimeMLTask
{
    private const string Bar = "0.78";

    private static readonly string[] Folders = ["TimeBank", "AQUAINT"];

    public static int Run(string shared, string output)
    {
        // TimeBank's convention: "former" is not a temporal expression there.
        var builder = new NewsPipelineBuilder().UseDefaults();
        builder.Stages.Replace<TimeStage>(new TimeStage(TimeOptions.TimeBank));
        var pipeline = builder.Build();
        var status = 0;
        foreach (var folder in Folders)
        {
            var gold = Path.Combine(shared, "data", "timebank", folder);
            var outDir = Path.Combine(output, folder);
            Directory.CreateDirectory(outDir);
            var watch = Stopwatch.StartNew();
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

                var article = pipeline.Read(document.Value.Text, document.Value.ToReadOptions());
                File.WriteAllText(Path.Combine(outDir, Path.GetFileName(path)), TimeMLWriter.Write(document.Value, article));
                count++;
            }

            Console.WriteLine($"{folder}: {count} documents in {watch.ElapsedMilliseconds} ms");
            status |= Scorer.Run(Path.Combine(shared, "eval", "timeml.py"), gold, outDir, "--min-value-f1", Bar);
        }

        return status;
    }
}
