using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Fuzzing;

/// <summary>
/// The fuzz targets. A bad input must come back as a <see cref="ParseResult{T}"/> error; any
/// exception escaping a target is a finding. A good input must also keep the model's promises,
/// checked by writing the model and reading it back: the readers check that every span lies in
/// the text, that every segment's text is the text at its span and that every reference names an
/// id that exists, so a broken promise surfaces as an <see cref="InvariantException"/>.
/// </summary>
public static class Targets
{
    /// <summary>Finds a target by its command-line name.</summary>
    public static Action<byte[]>? Find(string name) => name switch
    {
        "article" => Article,
        "json" => Json,
        "yaml" => Yaml,
        _ => null,
    };

    /// <summary>Bytes of an article file through the decoder and the whole pipeline.</summary>
    public static void Article(byte[] bytes)
    {
        var result = NewsPipeline.Default.Parse(bytes);
        if (result.TryGetValue(out var article))
        {
            CheckRoundTrip(article);
        }
    }

    /// <summary>Bytes of a model file through the JSON reader.</summary>
    public static void Json(byte[] bytes)
    {
        if (ModelJson.Deserialize(bytes).TryGetValue(out var article))
        {
            CheckRoundTrip(article);
        }
    }

    /// <summary>Bytes of a model file through the YAML reader.</summary>
    public static void Yaml(byte[] bytes)
    {
        if (ModelYaml.Deserialize(bytes).TryGetValue(out var article))
        {
            CheckRoundTrip(article);
        }
    }

    private static void CheckRoundTrip(Article article)
    {
        var json = ModelJson.Deserialize(ModelJson.SerializeToUtf8Bytes(article));
        if (!json.TryGetValue(out var fromJson))
        {
            throw new InvariantException($"the JSON written for a model does not read back: {json.Error}");
        }

        if (!fromJson.Equals(article))
        {
            throw new InvariantException("the JSON written for a model reads back as a different model");
        }

        var yaml = ModelYaml.Deserialize(ModelYaml.Serialize(article));
        if (!yaml.TryGetValue(out var fromYaml))
        {
            throw new InvariantException($"the YAML written for a model does not read back: {yaml.Error}");
        }

        if (!fromYaml.Equals(article))
        {
            throw new InvariantException("the YAML written for a model reads back as a different model");
        }
    }
}

/// <summary>A model that breaks one of the library's promises: a finding, like a crash.</summary>
public sealed class InvariantException : Exception
{
    public InvariantException()
    {
    }

    public InvariantException(string message)
        : base(message)
    {
    }

    public InvariantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
