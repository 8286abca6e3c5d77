namespace NewsModel.Cli.IO;

/// <summary>
/// Where each input's outputs go under <c>--output</c>, checked before anything is written: two
/// inputs that would write the same file (a.txt in two folders given together, a.json and a.yaml
/// converted to one format), or an output that is itself an input of the run, would lose data.
/// Those inputs are reported and left out; the others are written.
/// </summary>
internal static class OutputPlan
{
    /// <summary>How paths compare on this system: file names differ by case only on Linux.</summary>
    public static StringComparer PathComparer { get; } = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>The path of an output file.</summary>
    public static string PathOf(string directory, InputItem item, string name, string extension)
        => item.RelativeDirectory is "" or "."
            ? Path.Combine(directory, name + extension)
            : Path.Combine(directory, item.RelativeDirectory, name + extension);

    /// <summary>The inputs whose outputs collide, with one line for each collision.</summary>
    /// <param name="items">The inputs.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="extensions">The extensions of the files each input writes.</param>
    /// <returns>The inputs that are left out, and the error lines that say why.</returns>
    public static (HashSet<InputItem> LeftOut, List<string> Errors) Collisions(IReadOnlyList<InputItem> items, string directory, IReadOnlyList<string> extensions)
    {
        var leftOut = new HashSet<InputItem>();
        var errors = new List<string>();
        var inputs = new HashSet<string>(items.Where(i => !i.IsStandardInput).Select(i => Path.GetFullPath(i.Path)), PathComparer);
        var writers = new Dictionary<string, (string Output, List<InputItem> Items)>(PathComparer);
        foreach (var item in items)
        {
            foreach (var extension in extensions)
            {
                var output = PathOf(directory, item, item.BaseName, extension);
                var full = Path.GetFullPath(output);
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
