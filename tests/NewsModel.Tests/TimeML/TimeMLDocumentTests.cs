using NewsModel.TimeML;

using NodaTime;

namespace NewsModel.Tests.TimeML;

public sealed class TimeMLDocumentTests
{
    [Fact]
    public void Parse_Document_ReadsCreationTimeAsDay()
    {
        var document = TimeMLDocument.Parse(TimeMLSamples.Simple).Value;

        document.CreationTime.Should().Be(new LocalDate(1998, 2, 13));
        document.DocId.Should().Be("TEST.0001");
        document.ToReadOptions().Published.Should().Be(new LocalDate(1998, 2, 13));
    }

    [Fact]
    public void Parse_Document_StripsEveryTagInsideTextAndUnescapes()
    {
        var document = TimeMLDocument.Parse(TimeMLSamples.Simple).Value;

        document.Text.Should().Be("\nAT&T said Friday that profits > 5% \u00e9t\u00e9 rose in January.\n");
    }

    [Fact]
    public void Parse_MalformedXml_GivesErrorWithLineAndColumn()
    {
        var result = TimeMLDocument.Parse("<TimeML>\n<TEXT>a <b>c</TEXT>\n</TimeML>");

        result.Success.Should().BeFalse();
        result.Error!.Line.Should().Be(2);
        result.Error.Column.Should().BePositive();
    }

    [Fact]
    public void Parse_NoTextElement_GivesError()
    {
        var result = TimeMLDocument.Parse("<TimeML><DOCID>x</DOCID></TimeML>");

        result.Success.Should().BeFalse();
        result.Error!.Message.Should().Contain("TEXT");
    }

    [Fact]
    public void Parse_NoCreationTime_LeavesItNull()
    {
        var document = TimeMLDocument.Parse("<TimeML><TEXT>Friday</TEXT></TimeML>").Value;

        document.CreationTime.Should().BeNull();
        document.Text.Should().Be("Friday");
    }
}
