using System.CommandLine;

using NewsModel.Cli.IO;

namespace NewsModel.Cli.Commands;

/// <summary>Options that several commands share, built anew for each command.</summary>
internal static class CommonOptions
{
    public static Option<OutputFormat> Format() => new("--format", "-f")
    {
        Description = "The output format: json (newsmodel/1), yaml, jsonl (one JSON model per line), ninjs (IPTC ninjs 3.1), jsonld (schema.org), html (a page for review), brat (.ann + .txt standoff) or timeml (with --input timeml).",
        DefaultValueFactory = _ => OutputFormat.Json,
    };

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "The folder to write outputs into (created if missing). Without it, outputs go to standard output.",
    };
}
