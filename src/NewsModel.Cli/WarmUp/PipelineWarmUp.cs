using NewsModel.Cli.IO;

using NodaTime;

namespace NewsModel.Cli.WarmUp;

/// <summary>
/// Reads a built-in article once before a batch starts, so that the lexicons are loaded and the
/// code is compiled before the first input: the <c>--stats</c> figure is then the throughput of
/// the batch itself, as a long-running service would see it, not the process's start-up.
/// </summary>
internal static class PipelineWarmUp
{
    // A made-up article (ours) with a headline, a byline, a dateline, every kind of quote, dates and events.
    private const string ResourceName = "NewsModel.Cli.WarmUp.article.txt";

    /// <summary>Reads the built-in article with <paramref name="pipeline"/> and writes it in <paramref name="format"/> to nowhere.</summary>
    /// <param name="pipeline">The pipeline the batch reads its inputs with.</param>
    /// <param name="format">The batch's output format, or null when nothing is written (a summary).</param>
    /// <returns>The number of bytes written, so that the work is not optimised away.</returns>
    public static int Run(NewsPipeline pipeline, OutputFormat? format)
    {
        var article = pipeline.Read(Text(), new ReadOptions { Published = new LocalDate(2026, 11, 28) });

        // TimeML output needs the input's own TimeML document, which the built-in article has not.
        if (format is not { } written || written == OutputFormat.TimeML)
        {
            return article.Text.Length;
        }

        var bytes = 0;
        foreach (var file in written.Write(new Extracted(article)))
        {
            bytes += file.Bytes.Length;
        }

        return bytes;
    }

    /// <summary>The built-in article.</summary>
    public static string Text()
    {
        using var stream = typeof(PipelineWarmUp).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the resource {ResourceName} is missing from the tool");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
