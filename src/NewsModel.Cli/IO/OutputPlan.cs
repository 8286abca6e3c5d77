namespace NewsModel.Cli.IO;

/// <summary>
/// Where each input's outputs go under <c>--output</c>, checked before anything is written: two
/// inputs that would write the same file (a.txt in two folders given together, a.json and a.yaml
/// converted to one format), or an output that is itself an input of the run, would lose data.
/// Those inputs are reported and left out; the others are written.
/// </summary>
internal static class OutputPlan
{
    /// <summary>The path of an output file.</summary>
    public static string PathOf(string directory, InputItem item, string name, string extension)
        => item.RelativeDirectory is "" or "."
            ? Path.Combine(directory, name + extension)
            : Path.Combine(directory, item.RelativeDirectory, name + extension);

    /// <summary>The inputs whose outputs collide, with one line for each collision.</summary>
    /// <param name="items">The inputs.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="extensions">The extensions of the files each input writes.</param>
    /// <param name="keys">How paths of the output folder compare.</param>
    /// <returns>The inputs that are left out, and the error lines that say why.</returns>
    public static (HashSet<InputItem> LeftOut, List<string> Errors) Collisions(IReadOnlyList<InputItem> items, string directory, IReadOnlyList<string> extensions, PathKeys keys)
    {
        var leftOut = new HashSet<InputItem>();
        var errors = new List<string>();
        var inputs = keys.InputsOf(items);
        var writers = new Dictionary<string, (string Output, List<InputItem> Items)>(keys.Comparer);
        foreach (var item in items)
        {
            foreach (var extension in extensions)
            {
                var output = PathOf(directory, item, item.BaseName, extension);
                var full = keys.Key(output);
                if (inputs.Contains(full))
                {
                    if (leftOut.Add(item))
                    {
                        errors.Add($"{item.DisplayName}: its output {output} is an input of this run and would be overwritten; not written");
                    }

                    continue;
                }

                if (!writers.TryGetValue(full, out var writer))
                {
                    writers[full] = writer = (output, []);
                }

                if (!writer.Items.Contains(item))
                {
                    writer.Items.Add(item);
                }
            }
        }

        foreach (var (output, list) in writers.Values.Where(w => w.Items.Count > 1))
        {
            // Counted once: BRAT's .ann and .txt of the same two inputs collide together.
            if (list.Where(leftOut.Add).ToList().Count > 0)
            {
                var all = list.Count == 2 ? "both" : "all";
                errors.Add($"{string.Join(", ", list.Select(i => i.DisplayName))}: {all} would write {output}; none of them is written (rename one, or write them to separate folders)");
            }
        }

        return (leftOut, errors);
    }
}

/// <summary>
/// Paths as the file system names them: full, through symbolic links, and compared with or
/// without case as the output folder's file system does (a FAT or SMB mount on Linux ignores
/// case, a case-sensitive volume on macOS does not), so that two names for one file are one.
/// </summary>
internal sealed class PathKeys
{
    private readonly Dictionary<string, string> folders = new(StringComparer.Ordinal);

    private PathKeys(bool ignoreCase) => this.Comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>How keys compare.</summary>
    public StringComparer Comparer { get; }

    /// <summary>The keys of paths in <paramref name="directory"/>, whose file system is asked whether case counts.</summary>
    public static PathKeys For(string directory) => new(IgnoresCase(Path.GetFullPath(directory)));

    /// <summary>The key of a file: its full path with every link on the way resolved.</summary>
    public string Key(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        var file = Path.GetFileName(full);
        if (folder is null)
        {
            return full;
        }

        if (!this.folders.TryGetValue(folder, out var real))
        {
            this.folders[folder] = real = Resolve(folder);
        }

        var key = Path.Combine(real, file);
        return Link(new FileInfo(key)) ?? key;
    }

    /// <summary>The keys of the inputs that are files.</summary>
    public HashSet<string> InputsOf(IEnumerable<InputItem> items)
        => new(items.Where(i => !i.IsStandardInput).Select(i => this.Key(i.Path)), this.Comparer);

    // Each part of the path that is a link is replaced by where it leads, from the root down.
    private static string Resolve(string folder)
    {
        var root = Path.GetPathRoot(folder) ?? string.Empty;
        var current = root;
        foreach (var part in folder[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            current = Link(new DirectoryInfo(current)) ?? current;
        }

        return current;
    }

    private static string? Link(FileSystemInfo info)
    {
        try
        {
            return info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Whether the file system of the folder (or of its nearest existing parent) ignores case: the
    // same name with its case flipped is found there. Nothing is written to find out.
    private static bool IgnoresCase(string folder)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            var name = Path.GetFileName(current);
            if (!Directory.Exists(current) || !name.Any(char.IsLetter))
            {
                continue;
            }

            var flipped = string.Concat(name.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)));
            return Directory.Exists(Path.Combine(Path.GetDirectoryName(current) ?? string.Empty, flipped));
        }

        return !OperatingSystem.IsLinux();
    }
}
