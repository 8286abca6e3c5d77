namespace NewsModel.Serialization;

/// <summary>Limits for reading model files (JSON or YAML) that may come from anyone.</summary>
/// <remarks>
/// <para>Reading is strict and bounded, so that a hostile file gives an error, never a crash, a
/// hang or a huge allocation:</para>
/// <list type="bullet">
/// <item><description>a file over <see cref="MaxBytes"/> is refused before it is parsed, and
/// <see cref="ModelFile.Read(string, ModelReadOptions?)"/> refuses it before reading it;</description></item>
/// <item><description>nesting deeper than <see cref="MaxDepth"/> is refused as soon as it is met
/// (the parsers never recurse, so <c>[[[[...</c> cannot overflow the stack);</description></item>
/// <item><description>YAML anchors (<c>&amp;a</c>) and aliases (<c>*a</c>) are refused, so alias
/// bombs ("billion laughs") fail at the first anchor; explicit tags (<c>!!python/object</c>,
/// <c>!foo</c>) and files with more than one YAML document are refused;</description></item>
/// <item><description>unknown keys, duplicate keys, wrong value types, bad enum names and dates,
/// spans outside the text, segment texts that differ from the text at their span, duplicate ids
/// and references to ids that do not exist are errors;</description></item>
/// <item><description>invalid UTF-8, an empty or truncated file and a top level that is not an
/// object are errors.</description></item>
/// </list>
/// <para>Every error is a <see cref="ParseError"/> with a one-line message and, where the problem has
/// a place, its 1-based line and column.</para>
/// </remarks>
public sealed record ModelReadOptions
{
    /// <summary>Default limits.</summary>
    public static ModelReadOptions Default { get; } = new();

    /// <summary>The largest file accepted, in bytes (default 64 MiB).</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The deepest nesting accepted (default 64; the model itself needs 8).</summary>
    public int MaxDepth { get; init; } = 64;
}
