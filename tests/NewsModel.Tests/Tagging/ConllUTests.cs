using NewsModel.Training;

namespace NewsModel.Tests.Tagging;

public class ConllUTests
{
    [Fact]
    public void Read_MultiwordTokensAndEmptyNodes_WordsOnly()
    {
        string[] lines =
        [
            "# newdoc id = doc-1",
            "# sent_id = doc-1-1",
            "# text = I don't know.",
            "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_",
            "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
            "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_",
            "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
            "3.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t0:root\t_",
            "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No",
            "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
            "",
            "# sent_id = doc-1-2",
            "# text_en = not the text",
            "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_",
        ];

        var sentences = ConllU.Read(lines, "file");

        sentences.Should().HaveCount(2);
        var first = sentences[0];
        first.Id.Should().Be("doc-1-1");
        first.Document.Should().Be("doc-1");
        first.Text.Should().Be("I don't know.");
        first.Words.Select(w => w.Form).Should().Equal("I", "do", "n't", "know", ".");
        first.Words.Select(w => w.Tag).Should().Equal("PRP", "VBP", "RB", "VB", ".");
        first.Multiwords.Should().Equal(new Multiword(1, 2, "don't"));
        sentences[1].Text.Should().Be("Yes", "a sentence without # text reads as its words joined");
        sentences[1].Document.Should().Be("doc-1");
    }

    [Fact]
    public void Read_LineWithoutTenColumns_Throws()
    {
        var act = () => ConllU.Read(["1\tI\tPRP"], "bad");

        act.Should().Throw<FormatException>().WithMessage("bad line 1: 3 columns, not 10");
    }
}
