using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Tests.Tagging;

public class NameGazetteerTests
{
    private static TokenAtoms[] Atoms(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new NewsModel.Model.TextSpan(0, text.Length), _ => false, tokens);
        var atoms = new TokenAtoms[tokens.Count];
        TokenAtoms.ReadHeads(text, [.. tokens], atoms);
        return atoms;
    }

    // A dictionary holding names as the trainer stores them: each prefix marked, the whole name with its classes.
    private static WordDictionary Dictionary(params (string Name, byte Classes)[] names)
    {
        var classes = new SortedDictionary<uint, byte>();
        foreach (var (name, nameClasses) in names)
        {
            var atoms = Atoms(name);
            var hash = 0UL;
            for (var i = 0; i < atoms.Length; i++)
            {
                hash = NameGazetteer.Extend(hash, atoms[i].Word);
                var key = WordDictionary.PhraseKeyOf(hash);
                classes[key] = (byte)(classes.GetValueOrDefault(key) | (i == atoms.Length - 1 ? nameClasses : NameGazetteer.Prefix));
            }
        }

        return new WordDictionary([.. classes.Keys], [.. classes.Values.Select(c => new WordInfo(0, WordInfo.NoTag, c))]);
    }

    private static byte Code(byte classes, byte position) => (byte)((classes << 2) | position);

    [Fact]
    public void Match_TheLongestNameFromTheLeft_MarksItsWordsBeginInsideLast()
    {
        var dictionary = Dictionary(("New Lake", NameGazetteer.Place), ("New Lake Daily Courier", NameGazetteer.Organization), ("Ana Petrova", NameGazetteer.Person));
        var atoms = Atoms("The New Lake Daily Courier hired Ana Petrova in New Lake.");
        var codes = new byte[atoms.Length];

        NameGazetteer.Match(dictionary, atoms, codes);

        codes.Should().Equal(
            0,
            Code(NameGazetteer.Organization, NameGazetteer.Begin),
            Code(NameGazetteer.Organization, NameGazetteer.Inside),
            Code(NameGazetteer.Organization, NameGazetteer.Inside),
            Code(NameGazetteer.Organization, NameGazetteer.Last),
            0,
            Code(NameGazetteer.Person, NameGazetteer.Begin),
            Code(NameGazetteer.Person, NameGazetteer.Last),
            0,
            Code(NameGazetteer.Place, NameGazetteer.Begin),
            Code(NameGazetteer.Place, NameGazetteer.Last),
            0);
    }

    [Fact]
    public void Match_APrefixAlone_MarksNothing()
    {
        var dictionary = Dictionary(("New Lake Daily Courier", NameGazetteer.Organization));
        var atoms = Atoms("New Lake Daily said so.");
        var codes = new byte[atoms.Length];

        NameGazetteer.Match(dictionary, atoms, codes);

        codes.Should().OnlyContain(c => c == 0);
    }
}
