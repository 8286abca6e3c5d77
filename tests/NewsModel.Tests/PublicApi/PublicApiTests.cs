using PublicApiGenerator;

namespace NewsModel.Tests.PublicApi;

/// <summary>
/// Approval test for the public API of the NewsModel package: any change to a public type or
/// member shows up as a diff of NewsModel.approved.txt in review, so breaking changes are never
/// made by accident.
/// </summary>
public sealed class PublicApiTests
{
    private const string AcceptVariable = "NEWSMODEL_ACCEPT_API";

    private const string ApprovedFileName = "NewsModel.approved.txt";

    [Fact]
    public void GeneratePublicApi_NewsModelAssembly_MatchesApprovedFile()
    {
        var received = Normalise(typeof(NewsPipeline).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // Assembly attributes carry the build's version and SourceLink commit: they change
            // with every build and say nothing about the API.
            IncludeAssemblyAttributes = false,
        }));

        var approvedPath = ApprovedFilePath();
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(approvedPath, received);
            return;
        }

        var approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath)) : string.Empty;

        received.Should().Be(
            approved,
            "the public API of NewsModel must match {0}; if the change is intended, run the tests once with {1}=1 to accept it and commit the file",
            approvedPath,
            AcceptVariable);
    }

    // Git may check the approved file out with CRLF line ends and editors add or drop the final
    // line end; only the API text counts, so both sides use \n and end with exactly one.
    private static string Normalise(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd() + "\n";

    // The approved file lives in the source tree (not the output folder) so that accepting a
    // change rewrites the file that is committed.
    private static string ApprovedFilePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsModel.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "NewsModel.Tests", "PublicApi", ApprovedFileName);
            }
        }

        throw new InvalidOperationException("NewsModel.sln not found above the test assembly.");
    }
}
