namespace NewsModel.Cli.IO;

/// <summary>Writes a file so that readers see either the old file or the whole new one, never a part.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> through a temporary file and a rename.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="bytes">Its whole content.</param>
    /// <param name="cancellationToken">
    /// Checked before anything is created: a cancelled write leaves nothing behind, and a write that has
    /// started is finished, so Ctrl+C never leaves a partial or temporary file.
    /// </param>
    public static void Write(string path, ReadOnlySpan<byte> bytes, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);

        // The temporary file sits in the target folder so that the rename stays on one file system.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                // No fsync: the rename already keeps readers and a crashed or cancelled run from seeing
                // a part of a file, and syncing every one of a million small outputs to disk would cost
                // more than reading them (a power cut may still lose the newest files).
                stream.Write(bytes);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
