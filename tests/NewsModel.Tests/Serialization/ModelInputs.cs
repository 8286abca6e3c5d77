using System.Text.Json.Nodes;

using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

/// <summary>The two readers, and inputs made by editing the sample's JSON tree.</summary>
public static class ModelInputs
{
    public const string Json = "json";

    // JSON is YAML (flow style), so the same edited text also drives the YAML reader.
    public const string YamlFromJson = "yaml";

    public static TheoryData<string> Formats => [Json, YamlFromJson];

    public static ParseResult<Article> Read(string format, string text, ModelReadOptions? options = null) =>
        format == Json ? ModelJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(text), options) : ModelYaml.Deserialize(text, options);

    /// <summary>The sample's JSON after an edit of its tree.</summary>
    public static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(ModelJson.Serialize(SampleArticle.Create()))!.AsObject();
        edit(root);
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="needle"/>.</summary>
    public static int LineOf(string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException($"{needle} not found", nameof(needle));
        }

        return text.AsSpan(0, index).Count('\n') + 1;
    }

    /// <summary>The 1-based column of the first occurrence of <paramref name="needle"/>.</summary>
    public static int ColumnOf(string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        return index - text.LastIndexOf('\n', Math.Max(0, index - 1));
    }

    public static JsonObject Article(this JsonObject root) => root["article"]!.AsObject();

    public static JsonObject Item(this JsonObject root, string list, int index) => root[list]![index]!.AsObject();
}
