namespace NewsModel.Cli.IO;

/// <summary>What the inputs of <c>extract</c> are.</summary>
internal enum InputFormat
{
    /// <summary>Plain-text articles.</summary>
    Text,

    /// <summary>TimeML/TempEval documents.</summary>
    TimeML,
}
