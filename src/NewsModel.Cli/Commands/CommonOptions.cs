using System.CommandLine;

using NewsModel.Cli.IO;

namespace NewsModel.Cli.Commands;

/// <summary>Options that several commands share, built anew for each command.</summary>
internal static class CommonOptions
{
    /// <summary>The output formats by the names the command line takes, in the order help lists them.</summary>
    public static readonly IReadOnlyList<(string Name, OutputFormat Value)> Formats =
    [
        ("json", OutputFormat.Json),
        ("yaml", OutputFormat.Yaml),
        ("jsonl", OutputFormat.Jsonl),
        ("ninjs", OutputFormat.Ninjs),
        ("jsonld", OutputFormat.JsonLd),
        ("html", OutputFormat.Html),
        ("brat", OutputFormat.Brat),
        ("timeml", OutputFormat.TimeML),
    ];

    public static Option<OutputFormat> Format() => Choice.Option("--format", "-f", "a format", OutputFormat.Json, Formats);

    public static Option<string?> Output() => new("--output", "-o")
    {
        HelpName = "DIR",
        Description = "The folder to write outputs into (created if missing), one file per input named after it. Without it, outputs go to standard output.",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (!string.IsNullOrWhiteSpace(token))
            {
                return token;
            }

            result.AddError("--output: the folder name is empty");
            return null;
        },
    };

    /// <summary>What <c>--format</c> says of each format, shared by the commands' help.</summary>
    public const string FormatDescription =
        "The output format: json (newsmodel/1), yaml, jsonl (one compact JSON model per line), ninjs (IPTC ninjs 3.1), jsonld (schema.org), " +
        "html (a page for review), brat (.ann + .txt standoff) or timeml (TimeML with TIMEX3 tags; needs --input timeml). " +
        "Several documents on standard output: json, ninjs and jsonld form one JSON array, yaml a stream of '---' documents, jsonl a line each. Default: json.";
}
