using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Tests.Tagging;

public class TokenAtomsTests
{
    [Fact]
    public void Of_CurlyAndStraightApostrophes_SameAtoms()
    {
        var curly = TokenAtoms.Of("don’t", TokenKind.Word);
        var straight = TokenAtoms.Of("don't", TokenKind.Word);

        Same(curly, straight).Should().BeTrue();
    }

    [Fact]
    public void Of_CaseAndDigits_WordKeepsThemLowerFoldsThem()
    {
        var upper = TokenAtoms.Of("Paris", TokenKind.Word);
        var lower = TokenAtoms.Of("paris", TokenKind.Word);

        upper.Word.Should().NotBe(lower.Word);
        upper.Lower.Should().Be(lower.Lower);
        TokenAtoms.Of("1990", TokenKind.Number).Lower.Should().Be(TokenAtoms.Of("2011", TokenKind.Number).Lower);
        TokenAtoms.Of("1990", TokenKind.Number).Word.Should().NotBe(TokenAtoms.Of("2011", TokenKind.Number).Word);
    }

    [Theory]
    [InlineData("Washington", "Wash")]
    [InlineData("12", "34")]
    [InlineData("U.S.", "E.U.")]
    public void Of_SameShape_SameShapeAtom(string word, string other)
    {
        TokenAtoms.Of(word, TokenKind.Word).Shape.Should().Be(TokenAtoms.Of(other, TokenKind.Word).Shape);
    }

    [Fact]
    public void Of_ShortShape_CutsRunsToOne()
    {
        TokenAtoms.Of("Washington", TokenKind.Word).ShortShape.Should().Be(TokenAtoms.Of("Xi", TokenKind.Word).ShortShape);
        TokenAtoms.Of("Washington", TokenKind.Word).Shape.Should().NotBe(TokenAtoms.Of("Xi", TokenKind.Word).Shape);
    }

    [Fact]
    public void Of_Suffixes_SharedByWordsThatEndAlike()
    {
        var running = TokenAtoms.Of("running", TokenKind.Word);
        var talking = TokenAtoms.Of("Talking", TokenKind.Word);

        running.Suffixes[2].Should().Be(talking.Suffixes[2]);
        running.Suffixes[3].Should().NotBe(talking.Suffixes[3]);
        running.Prefixes[0].Should().NotBe(talking.Prefixes[0]);
    }

    [Fact]
    public void Head_ThenComplete_SameAsOf()
    {
        var atoms = TokenAtoms.Head("state-owned", TokenKind.Word);
        atoms.IsComplete.Should().BeFalse();

        atoms.Complete("state-owned");
        atoms.Complete("state-owned");

        Same(atoms, TokenAtoms.Of("state-owned", TokenKind.Word)).Should().BeTrue();
        atoms.Traits.Should().HaveFlag(TokenTraits.HasHyphen);
    }

    [Fact]
    public void Read_Tokens_OneAtomEachFromItsSpan()
    {
        var text = "The U.S. said";
        var tokens = Tokenizer.Tokenize(text).ToArray();
        var atoms = new TokenAtoms[tokens.Length];

        TokenAtoms.Read(text, tokens, atoms);

        Same(atoms[1], TokenAtoms.Of("U.S.", TokenKind.Word)).Should().BeTrue();
    }

    // Inline arrays have no built-in equality: field by field.
    private static bool Same(TokenAtoms a, TokenAtoms b)
    {
        for (var i = 0; i < TokenAtoms.AffixLengths; i++)
        {
            if (a.Prefixes[i] != b.Prefixes[i] || a.Suffixes[i] != b.Suffixes[i])
            {
                return false;
            }
        }

        return a.Word == b.Word && a.Lower == b.Lower && a.Shape == b.Shape && a.ShortShape == b.ShortShape
            && a.Traits == b.Traits && a.Kind == b.Kind && a.Length == b.Length;
    }
}
