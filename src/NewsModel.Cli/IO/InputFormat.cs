namespace NewsModel.Cli.IO;

/// <summary>What the inputs of <c>extract</c> are.</summary>
internal enum InputFormat
{
    /// <summary>Plain-text articles.</summary>
    Text,

    /// <summary>TimeML/TempEval documents.</summary>
    TimeML,

    /// <summary>JSON Lines: one article a line, <c>{"id", "text", "published"?, "url"?}</c>.</summary>
    Jsonl,
}
