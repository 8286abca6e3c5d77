using SharpFuzz;

namespace NewsModel.Fuzzing;

/// <summary>
/// The fuzzing harness. <c>article</c>, <c>json</c> and <c>yaml</c> run one target under afl-fuzz
/// (SharpFuzz's out-of-process mode, so a stack overflow is reported, not lost); <c>replay</c>
/// runs a target over files without afl-fuzz, to triage a finding; <c>seeds</c> writes the seed
/// corpus and dictionaries. See README.md.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            return Usage();
        }

        switch (args[0])
        {
            case "seeds" when args.Length == 3:
                SeedCorpus.Write(repositoryRoot: args[1], outputDirectory: args[2]);
                return 0;
            case "replay" when args.Length >= 3 && Targets.Find(args[1]) is { } replayed:
                return Replay(replayed, args[2..]);
            default:
                if (args.Length == 1 && Targets.Find(args[0]) is { } target)
                {
                    Fuzzer.OutOfProcess.Run(stream => target(ReadAll(stream)));
                    return 0;
                }

                return Usage();
        }
    }

    private static int Replay(Action<byte[]> target, string[] paths)
    {
        var failures = 0;
        foreach (var path in paths)
        {
            try
            {
                target(File.ReadAllBytes(path));
                Console.WriteLine($"ok    {path}");
            }
#pragma warning disable CA1031 // Any exception is a finding: report it and go on with the next file.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures++;
                Console.WriteLine($"FAIL  {path}: {e}");
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: NewsModel.Fuzzing article|json|yaml            (under afl-fuzz)");
        Console.Error.WriteLine("       NewsModel.Fuzzing replay article|json|yaml FILE...");
        Console.Error.WriteLine("       NewsModel.Fuzzing seeds REPOSITORY-ROOT OUTPUT-DIR");
        return 2;
    }
}
