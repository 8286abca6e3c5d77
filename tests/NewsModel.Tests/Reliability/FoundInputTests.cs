using NewsModel.Fuzzing;

namespace NewsModel.Tests.Reliability;

/// <summary>
/// Replays every input saved in Reliability/Found through the fuzz target its folder names
/// (tests/NewsModel.Fuzzing/Targets.cs, compiled into this assembly), so that a finding is
/// checked from then on exactly as afl-fuzz checked it: no exception may escape, and an input that
/// is read must keep the model's promises.
/// </summary>
public class FoundInputTests
{
    private static readonly string[] TargetNames = ["article", "json", "yaml"];

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Reliability", "Found");

    // A missing folder throws here, which fails the theory rather than leaving it without rows.
    public static TheoryData<string, string> Inputs()
    {
        var inputs = new TheoryData<string, string>();
        foreach (var target in TargetNames)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Folder, target)).Order(StringComparer.Ordinal))
            {
                inputs.Add(target, Path.GetFileName(file));
            }
        }

        return inputs;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Target_FoundInput_NeitherThrowsNorBreaksAPromise(string target, string file)
    {
        var run = Targets.Find(target)!;
        var bytes = File.ReadAllBytes(Path.Combine(Folder, target, file));

        var replay = () => run(bytes);

        replay.Should().NotThrow();
    }

    [Fact]
    public void FoundFolder_EveryTarget_HasInputsToReplay()
    {
        // A folder named after no target would never be replayed.
        Directory.GetDirectories(Folder).Select(Path.GetFileName).Should().BeEquivalentTo(TargetNames);
        foreach (var target in TargetNames)
        {
            Targets.Find(target).Should().NotBeNull(target);
            Directory.GetFiles(Path.Combine(Folder, target)).Should().NotBeEmpty($"Found/{target} must hold at least one input");
        }
    }
}
