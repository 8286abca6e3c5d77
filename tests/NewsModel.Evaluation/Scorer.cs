using System.Diagnostics;

/// <summary>Runs one of the Python scorers in shared/eval and passes its exit code on.</summary>
internal static class Scorer
{
    public static int Run(string script, params string[] arguments) => Run(script, quiet: false, arguments);

    /// <summary>Runs a scorer; with <paramref name="quiet"/> its standard output is dropped.</summary>
    public static int Run(string script, bool quiet, params string[] arguments)
    {
        var start = new ProcessStartInfo("python3") { UseShellExecute = false, RedirectStandardOutput = quiet };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        if (quiet)
        {
            process.StandardOutput.ReadToEnd();
        }

        process.WaitForExit();
        return process.ExitCode;
    }
}
