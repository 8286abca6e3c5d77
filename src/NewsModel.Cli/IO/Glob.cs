using System.IO.Enumeration;

namespace NewsModel.Cli.IO;

/// <summary>
/// Expands file patterns such as <c>data/*.txt</c> or <c>corpus/**/*.tml</c> ourselves: shells on
/// Windows pass them through unexpanded. <c>*</c> and <c>?</c> match within one path segment,
/// <c>**</c> matches any number of folders. Hidden files and folders are skipped, as shells do.
/// </summary>
internal static class Glob
{
    private static readonly char[] Wildcards = ['*', '?'];

    private static readonly EnumerationOptions Options = new()
    {
        // Following links while walking ** could loop forever.
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        IgnoreInaccessible = true,
        RecurseSubdirectories = false,
    };

    public static bool IsPattern(string input) => input.IndexOfAny(Wildcards) >= 0;

    /// <summary>The files matching <paramref name="pattern"/> in ordinal order, with the folder below the pattern's fixed part each one is in.</summary>
    public static List<InputItem> Expand(string pattern)
    {
        var root = Path.GetPathRoot(pattern) ?? string.Empty;
        var segments = pattern[root.Length..].Split(
            [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > 0 && segments[^1] == "**")
        {
            segments = [.. segments, "*"];
        }

        // The fixed folder before the first wildcard is where the walk starts, and what outputs are named relative to.
        var first = Array.FindIndex(segments, s => s.IndexOfAny(Wildcards) >= 0);
        var baseDirectory = Path.Combine([root, .. segments[..first]]);
        var ignoreCase = !OperatingSystem.IsLinux();
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Directory, int Index)>();
        if (Directory.Exists(OnDisk(baseDirectory)))
        {
            pending.Push((baseDirectory, first));
        }

        while (pending.Count > 0)
        {
            var (directory, index) = pending.Pop();
            var segment = segments[index];
            if (segment == "**")
            {
                // Zero folders, or one more folder and still inside the **.
                pending.Push((directory, index + 1));
                foreach (var child in Directory.EnumerateDirectories(OnDisk(directory), "*", Options))
                {
                    pending.Push((Path.Combine(directory, Path.GetFileName(child)), index));
                }
            }
            else if (index == segments.Length - 1)
            {
                foreach (var file in Directory.EnumerateFiles(OnDisk(directory), "*", Options))
                {
                    var name = Path.GetFileName(file);
                    if (FileSystemName.MatchesSimpleExpression(segment, name, ignoreCase))
                    {
                        files.Add(Path.Combine(directory, name));
                    }
                }
            }
            else if (segment.IndexOfAny(Wildcards) < 0)
            {
                var child = Path.Combine(directory, segment);
                if (Directory.Exists(OnDisk(child)))
                {
                    pending.Push((child, index + 1));
                }
            }
            else
            {
                foreach (var child in Directory.EnumerateDirectories(OnDisk(directory), "*", Options))
                {
                    var name = Path.GetFileName(child);
                    if (FileSystemName.MatchesSimpleExpression(segment, name, ignoreCase))
                    {
                        pending.Push((Path.Combine(directory, name), index + 1));
                    }
                }
            }
        }

        var items = new List<InputItem>(files.Count);
        foreach (var file in files)
        {
            items.Add(new InputItem(file, Path.GetRelativePath(OnDisk(baseDirectory), OnDisk(Path.GetDirectoryName(file)!))));
        }

        return items;
    }

    // Paths are built relative to the pattern (so "*.txt" gives "a.txt", not "./a.txt"); the empty one is the current folder.
    private static string OnDisk(string directory) => directory.Length == 0 ? "." : directory;
}
