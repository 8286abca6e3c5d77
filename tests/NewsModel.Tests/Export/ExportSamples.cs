using System.Text.Json;

using NewsModel.Model;

using NodaTime;

namespace NewsModel.Tests.Export;

/// <summary>A small article with actors of several kinds, attributed quotes, dates and events.</summary>
internal static class ExportSamples
{
    public const string Text =
        "Putin and Maduro meet in Moscow\n\n" +
        "Venezuelan president visits Russia for talks with his ally.\n\n" +
        "MOSCOW (Reuters) - Russian President Vladimir Putin met Venezuelan President Nicolas Maduro in Moscow on Wednesday.\n\n" +
        "\"We support the dialogue with the opposition,\" Putin said.\n\n" +
        "The Kremlin said the talks were useful. Maduro said he would visit Beijing in March.\n";

    public static Article Article { get; } = Read(Text);

    public static Article Read(string text, string id = "sample") =>
        NewsPipeline.Default.Read(text, new ReadOptions { Id = new ArticleId(id), Published = new LocalDate(2019, 9, 25) });

    public static JsonElement Parse(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        return document.RootElement.Clone();
    }

    public static IEnumerable<JsonElement> Array(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) ? array.EnumerateArray() : [];

    public static string? Str(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
