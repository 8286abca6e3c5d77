using System.Text;

using NewsModel.Cli.IO;

using NodaTime;

namespace NewsModel.Cli.WarmUp;

/// <summary>
/// Reads built-in articles before a batch starts, so that the lexicons are loaded and the code is
/// compiled before the first input: the <c>--stats</c> figure is then the throughput of
/// the batch itself, as a long-running service would see it, not the process's start-up.
/// </summary>
internal static class PipelineWarmUp
{
    // Made-up articles (ours): a headline, a byline, a dateline, every kind of quote, dates and
    // events in the first; front matter, a caption and its credit, a subheading, acronyms,
    // pronouns, "the country", a gathering and a match score in the second; quarters, halves,
    // seasons, holidays, rates, quotes with the cue before the speaker, an honorific addressed
    // and a parenthesised name in the third; a photo, a quote over several paragraphs, an acronym
    // with no definition, demonyms, shifts and answers to questions in the fourth; a person the
    // people lexicon knows, a surname alone repeated, a role with a gender, a country's service,
    // a quote resumed after its cue, a whole-paragraph quote, a quote repeated, a name in brackets
    // after a quote, many mentions of two people, an organisation named by its country and an "It"
    // that carries on the subject of the sentence before in the fifth. Code no article reaches is
    // compiled inside the batch, on first use (measured on 840 news articles: some 110 methods and
    // a tenth of the batch's time with the first two articles alone; 55 methods and 40-55 ms with
    // the first four, and the two-thread batch lost more, as both threads can wait on one method).
    private static readonly string[] ResourceNames =
    [
        "NewsModel.Cli.WarmUp.article.txt", "NewsModel.Cli.WarmUp.article2.txt", "NewsModel.Cli.WarmUp.article3.txt", "NewsModel.Cli.WarmUp.article4.txt",
        "NewsModel.Cli.WarmUp.article5.txt",
    ];

    /// <summary>Reads the built-in articles with <paramref name="pipeline"/> and writes them in <paramref name="format"/> to nowhere.</summary>
    /// <param name="pipeline">The pipeline the batch reads its inputs with.</param>
    /// <param name="format">The batch's output format, or null when nothing is written (a summary).</param>
    /// <returns>The number of characters read and bytes written, so that the work is not optimised away.</returns>
    public static int Run(NewsPipeline pipeline, OutputFormat? format)
    {
        // Twice: a method the articles reach is then called often enough to be promoted to its
        // optimised code (see WaitForCompilation).
        var total = RunOnReader(pipeline, format) + RunOnReader(pipeline, format);
        WaitForCompilation();

        // Full collections leave the batch a clean heap, and run (so compile) what the runtime does
        // after one, such as trimming the shared array pools (which waits for a second one).
        for (var i = 0; i < 2; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return total;
    }

    /// <summary>
    /// Waits until the runtime has compiled, in the background, the optimised code of the methods
    /// the warm-up called often: a method starts in quickly compiled code and is promoted once
    /// called a few times (the tool's runtime settings), and the batch should run on the optimised
    /// code, as a long-running service does, rather than compile it on the side meanwhile.
    /// Measured on 840 news articles, two threads: the batch read 13.0-14.1 MB/s without this
    /// wait after the workers' warm-ups and 14.0-15.0 MB/s with it (as with every method compiled
    /// fully at once, 11.2-15.7); a wait ends once no method was compiled for 200 ms.
    /// </summary>
    internal static void WaitForCompilation()
    {
        // The runtime waits until no new method has been compiled for a while (100 ms by default)
        // before it starts promoting: quiet for longer than that means it is done.
        const int Poll = 50;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var quiet = 0;
        for (var waited = 0; quiet < 4 && waited < 3000; waited += Poll)
        {
            Thread.Sleep(Poll);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            quiet = now == compiled ? quiet + 1 : 0;
            compiled = now;
        }
    }

    /// <summary>
    /// Reads and writes the built-in articles as <see cref="Run"/> does, without the collections: on
    /// a worker thread after <see cref="Run"/>, it fills what that thread keeps between reads (the
    /// pipeline's finders and lists, the pooled arrays) with the code already compiled.
    /// </summary>
    /// <param name="pipeline">The pipeline the batch reads its inputs with.</param>
    /// <param name="format">The batch's output format, or null when nothing is written (a summary).</param>
    /// <returns>The number of characters read and bytes written.</returns>
    public static int RunOnReader(NewsPipeline pipeline, OutputFormat? format)
    {
        var total = 0;
        foreach (var text in Inputs())
        {
            // From UTF-8 bytes, as the batch reads its files: the decoder is compiled too.
            var article = pipeline.Parse(Encoding.UTF8.GetBytes(text), new ReadOptions { Published = new LocalDate(2026, 11, 28) }).Value;
            total += article.Text.Length;

            // TimeML output needs the input's own TimeML document, which the built-in articles have not.
            if (format is not { } written || written == OutputFormat.TimeML)
            {
                continue;
            }

            // The batch writes JSON into a pooled buffer: so does the warm-up, to compile that path.
            using var buffer = new PooledBufferWriter(OutputFormats.JsonSizeHint(article));
            foreach (var file in written.Write(new Extracted(article), buffer))
            {
                total += file.Bytes.Length;
            }
        }

        return total;
    }

    /// <summary>
    /// What the warm-up reads: the built-in articles, then all of them four times over as one long
    /// article, for sorts and lists past their small sizes and pooled arrays past 2 KB, which the
    /// runtime allocates through code of their own.
    /// </summary>
    public static IEnumerable<string> Inputs()
    {
        var texts = Texts();
        return texts.Append(string.Join("\n\n", Enumerable.Repeat(texts, 4).SelectMany(t => t)));
    }

    /// <summary>The built-in articles.</summary>
    public static IReadOnlyList<string> Texts()
    {
        var texts = new string[ResourceNames.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            using var stream = typeof(PipelineWarmUp).Assembly.GetManifestResourceStream(ResourceNames[i])
                ?? throw new InvalidOperationException($"the resource {ResourceNames[i]} is missing from the tool");
            using var reader = new StreamReader(stream);
            texts[i] = reader.ReadToEnd();
        }

        return texts;
    }
}
