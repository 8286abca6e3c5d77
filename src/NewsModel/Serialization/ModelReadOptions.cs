namespace NewsModel.Serialization;

/// <summary>Limits for reading model files (JSON or YAML) that may come from anyone.</summary>
public sealed record ModelReadOptions
{
    /// <summary>Default limits.</summary>
    public static ModelReadOptions Default { get; } = new();

    /// <summary>The largest file accepted, in bytes (default 64 MiB).</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The deepest nesting accepted (default 64; the model itself needs 8).</summary>
    public int MaxDepth { get; init; } = 64;
}
