namespace NewsModel.Cli.IO;

/// <summary>One input of a command: a file, standard input, or one line of a JSON Lines file.</summary>
/// <param name="Path">The file's path, or <c>-</c> for standard input.</param>
/// <param name="RelativeDirectory">The folder below an input folder that the file came from, kept in the output.</param>
internal sealed record InputItem(string Path, string RelativeDirectory)
{
    /// <summary>The 1-based line of a JSON Lines input this item is; 0 for a whole file.</summary>
    public int Line { get; init; }

    /// <summary>The line's bytes, for a line of a JSON Lines input.</summary>
    public ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>Why the line could not be read (too long, a read error), for a line of a JSON Lines input.</summary>
    public string? Problem { get; init; }

    public bool IsStandardInput => this.Path == "-";

    /// <summary>The name outputs are named after: the file name without its last extension.</summary>
    public string BaseName => this.IsStandardInput ? "stdin" : System.IO.Path.GetFileNameWithoutExtension(this.Path);

    /// <summary>The input as error lines name it: the path, with the line for a line of a JSON Lines file.</summary>
    public string DisplayName => (this.IsStandardInput ? "<stdin>" : this.Path) + (this.Line > 0 ? $":{this.Line}" : string.Empty);
}

/// <summary>Expands the command line's inputs: files, folders (their matching files, recursively), patterns and <c>-</c>.</summary>
internal static class InputSet
{
    /// <summary>
    /// Whether the inputs can name several documents whatever the files hold: more than one input,
    /// a folder or a pattern. Standard output's form depends on this, not on how many files a
    /// folder happens to hold, so a script gets the same shape every time.
    /// </summary>
    public static bool CanBeSeveral(IReadOnlyList<string> inputs)
        => inputs.Count > 1 || inputs.Any(input => input != "-" && (Directory.Exists(input) || (!File.Exists(input) && Glob.IsPattern(input))));

    public static (List<InputItem> Items, List<string> Errors) Expand(IEnumerable<string> inputs, IReadOnlyList<string> folderPatterns)
    {
        var items = new List<InputItem>();
        var errors = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                items.Add(new InputItem("-", string.Empty));
            }
            else if (Directory.Exists(input))
            {
                var files = folderPatterns
                    .SelectMany(pattern => Directory.EnumerateFiles(input, pattern, SearchOption.AllDirectories))
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    errors.Add($"{input}: no {string.Join(" or ", folderPatterns)} files in this folder");
                }

                items.AddRange(files.Select(file => new InputItem(file, Path.GetRelativePath(input, Path.GetDirectoryName(file)!))));
            }
            else if (File.Exists(input))
            {
                items.Add(new InputItem(input, string.Empty));
            }
            else if (Glob.IsPattern(input))
            {
                var matches = Glob.Expand(input);
                if (matches.Count == 0)
                {
                    errors.Add($"{input}: no files match this pattern");
                }

                items.AddRange(matches);
            }
            else
            {
                errors.Add($"{input}: no such file or folder");
            }
        }

        return (items, errors);
    }
}
