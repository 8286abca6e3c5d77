using NewsModel.Model;

namespace NewsModel.Serialization;

/// <summary>The serialized forms a model file can take.</summary>
public enum ModelFormat
{
    /// <summary>JSON (<c>.json</c>).</summary>
    Json,

    /// <summary>YAML (<c>.yaml</c> or <c>.yml</c>).</summary>
    Yaml,
}

/// <summary>Reads and writes model files, choosing JSON or YAML by the file's extension.</summary>
public static class ModelFile
{
    /// <summary>The format a path's extension names.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The format, or null when the extension is not <c>.json</c>, <c>.yaml</c> or <c>.yml</c>.</returns>
    public static ModelFormat? FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        return extension.Equals(".json", StringComparison.OrdinalIgnoreCase) ? ModelFormat.Json
            : extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase) ? ModelFormat.Yaml
            : null;
    }

    /// <summary>
    /// Reads a model file, JSON or YAML by its extension. The size limit is checked before the
    /// file is read; a missing or unreadable file is an error too.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits; see <see cref="ModelReadOptions"/>.</param>
    /// <returns>The article or the error.</returns>
    public static ParseResult<Article> Read(string path, ModelReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ModelReadOptions.Default;
        if (FormatOf(path) is not { } format)
        {
            return ParseResult<Article>.ForError(new ParseError($"cannot tell the format of {Path.GetFileName(path)}: expected .json, .yaml or .yml"));
        }

        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.Length > options.MaxBytes)
            {
                return ParseResult<Article>.ForError(ModelInput.TooLarge(stream.Length, options));
            }

            // Read at most one byte over the limit: the file may grow while we read it.
            bytes = new byte[stream.Length];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read < bytes.Length)
            {
                Array.Resize(ref bytes, read);
            }
            else if (stream.ReadByte() >= 0)
            {
                return ParseResult<Article>.ForError(new ParseError("the file grew while it was read"));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ParseResult<Article>.ForError(new ParseError(TextPosition.OneLine(e.Message)));
        }

        return format == ModelFormat.Json ? ModelJson.Deserialize(bytes, options) : ModelYaml.Deserialize(bytes, options);
    }

    /// <summary>
    /// Writes a model file, JSON (indented) or YAML by its extension. The file is written to a
    /// temporary file beside it and moved into place, so it is never left half-written.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="article">The article.</param>
    public static void Write(string path, Article article)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(article);
        var format = FormatOf(path) ?? throw new ArgumentException($"Cannot tell the format of {path}: expected .json, .yaml or .yml.", nameof(path));
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                if (format == ModelFormat.Json)
                {
                    ModelJson.Write(article, stream);
                }
                else
                {
                    ModelYaml.Write(article, stream);
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
