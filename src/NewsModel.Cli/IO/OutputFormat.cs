using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Cli.IO;

/// <summary>The formats a model can be written in.</summary>
internal enum OutputFormat
{
    /// <summary>Indented JSON, <c>.json</c>.</summary>
    Json,

    /// <summary>YAML, <c>.yaml</c>.</summary>
    Yaml,
}

internal static class OutputFormats
{
    public static string Extension(this OutputFormat format) => format switch
    {
        OutputFormat.Json => ".json",
        OutputFormat.Yaml => ".yaml",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static byte[] Write(this OutputFormat format, Article article) => format switch
    {
        OutputFormat.Json => ModelJson.SerializeToUtf8Bytes(article),
        OutputFormat.Yaml => System.Text.Encoding.UTF8.GetBytes(ModelYaml.Serialize(article)),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
