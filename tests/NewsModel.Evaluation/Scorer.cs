using System.Diagnostics;

/// <summary>Runs one of the Python scorers in shared/eval and passes its exit code on.</summary>
internal static class Scorer
{
    public static int Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("python3") { UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
