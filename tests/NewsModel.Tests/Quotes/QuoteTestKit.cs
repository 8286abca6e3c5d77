using NewsModel.Model;

namespace NewsModel.Tests.Quotes;

/// <summary>Reads a small article (title line, blank line, paragraphs) and finds a quote by its words.</summary>
internal static class QuoteTestKit
{
    public static Article Read(params string[] paragraphs)
        => NewsPipeline.Default.Read("Test headline about talks\n\n" + string.Join("\n\n", paragraphs) + "\n", new ReadOptions { Published = new NodaTime.LocalDate(2019, 9, 25) });

    public static Quote QuoteWith(this Article article, string words)
    {
        var quote = article.Quotes.FirstOrDefault(q => q.Text.Contains(words, StringComparison.Ordinal));
        quote.Should().NotBeNull($"a quote holding \"{words}\" should be found among: {string.Join(" | ", article.Quotes.Select(q => q.Text))}");
        return quote!;
    }

    public static string? SpeakerName(this Article article, Quote quote)
        => article.Actors.FirstOrDefault(a => a.Id == quote.Speaker)?.Name;

    public static string? SpeakerWords(this Article article, Quote quote)
        => quote.SpeakerMention is { } span ? article.Slice(span) : null;
}
