using NewsModel.Model;

namespace NewsModel.Serialization;

/// <summary>Writes and reads the <c>newsmodel/1</c> YAML form of an <see cref="Article"/>: the same tree as the JSON form.</summary>
public static class ModelYaml
{
    /// <summary>Writes the article as YAML.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The YAML.</returns>
    public static string Serialize(Article article) => throw new NotImplementedException();

    /// <summary>Reads an article from YAML; a malformed or hostile file is an error with line and column.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="options">Limits.</param>
    /// <returns>The article or the error.</returns>
    public static ParseResult<Article> Deserialize(string yaml, ModelReadOptions? options = null) => throw new NotImplementedException();
}
