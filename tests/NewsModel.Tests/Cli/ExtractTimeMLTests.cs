namespace NewsModel.Tests.Cli;

public class ExtractTimeMLTests
{
    // A small TempEval-style document written for this test; the gold tag inside TEXT must be ignored.
    private const string Document = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>TEST001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2019-09-25" temporalFunction="false" functionInDocument="CREATION_TIME">20190925</TIMEX3></DCT>
        <TEXT>
        The leaders met on <TIMEX3 tid="t9" type="DATE" value="1999-01-01">Wednesday</TIMEX3> &amp; talked for three hours.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Extract_TimeMLInAndOut_TagsTimesAgainstTheDct()
    {
        using var cli = new CliRun();
        cli.WriteFile("in/doc.tml", Document);

        var code = cli.Run("extract", cli.PathOf("in"), "--input", "timeml", "--format", "timeml", "--output", cli.PathOf("out"));

        code.Should().Be(0, cli.Error);
        var written = File.ReadAllText(cli.PathOf("out/doc.tml"));
        written.Should().Contain("value=\"2019-09-25\"").And.Contain(">Wednesday</TIMEX3>");
        written.Should().NotContain("1999-01-01", "the gold tags of the input are stripped and never read");
        written.Should().Contain("&amp; talked").And.Contain("<DOCID>TEST001</DOCID>");
        written.Should().Contain("value=\"PT3H\"");
    }

    [Fact]
    public void Extract_TimeMLInJsonOut_UsesTheDctAsPublicationDate()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("doc.tml", Document);

        cli.Run("extract", input, "--input", "timeml", "--output", cli.PathOf("out")).Should().Be(0, cli.Error);

        var model = NewsModel.Serialization.ModelJson.Deserialize(File.ReadAllBytes(cli.PathOf("out/doc.json"))).Value;
        model.Published.Should().Be(new NodaTime.LocalDate(2019, 9, 25));
        model.Text.Should().Contain("The leaders met on Wednesday & talked");
    }

    [Fact]
    public void Extract_TimeMLOutputFromText_IsAUsageError()
    {
        using var cli = new CliRun();
        var input = cli.WriteFile("a.txt", "Headline\n\nText.\n");

        cli.Run("extract", input, "--format", "timeml").Should().Be(2);
        cli.Error.Should().Contain("--input timeml");
    }

    [Fact]
    public void Extract_MalformedTimeML_NamesTheFile()
    {
        using var cli = new CliRun();
        var bad = cli.WriteFile("bad.tml", "<TimeML><TEXT>unclosed");
        var good = cli.WriteFile("good.tml", Document);

        var code = cli.Run("extract", bad, good, "--input", "timeml", "--format", "timeml", "--output", cli.PathOf("out"));

        code.Should().Be(1);
        cli.Error.Should().Contain("bad.tml");
        File.Exists(cli.PathOf("out/good.tml")).Should().BeTrue();
    }
}
