using NewsModel.Actors;
using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Text;
using NewsModel.Tokens;
using NewsModel.Training;

namespace NewsModel.Tests.Tagging;

public class NameTaggerTests
{
    // Hand-written sentences of our own, names in brackets with their type.
    private static readonly string[] Fixture =
    [
        "[PER Maria Olsen] visited [LOC Brenford] on Monday .",
        "The minister met [PER Tomas Halvard] in [LOC Kestria] .",
        "[ORG Norvane Bank] said profits rose .",
        "Officials at [ORG Norvane Bank] declined to comment .",
        "[PER Olsen] told reporters that [ORG Corvel Motors] would close a plant in [LOC Brenford] .",
        "A spokesman for [ORG Corvel Motors] said the plant was old .",
        "[PER Halvard] flew to [LOC Kestria] with [PER Maria Olsen] .",
        "Prices rose in [LOC Kestria] after the storm .",
    ];

    private static readonly Lazy<TaggerModel> Tiny = new(() => Train(), LazyThreadSafetyMode.ExecutionAndPublication);

    [Fact]
    public void Allows_InsideAName_OnlyItsOwnTypeGoesOn()
    {
        NameTemplates.Allows(null, "B-PER").Should().BeTrue();
        NameTemplates.Allows(null, "I-PER").Should().BeFalse();
        NameTemplates.Allows("B-PER", "L-PER").Should().BeTrue();
        NameTemplates.Allows("B-PER", "L-ORG").Should().BeFalse();
        NameTemplates.Allows("B-PER", "O").Should().BeFalse();
        NameTemplates.Allows("L-PER", "U-LOC").Should().BeTrue();
        NameTemplates.Allows("O", "L-LOC").Should().BeFalse();
    }

    [Fact]
    public void BioNames_OthAndStrayTags_AreNoNames()
    {
        var names = NameCorpora.BioNames(["B-PER", "I-PER", "O", "B-OTH", "I-OTH", "B-LOC", "I-ORG", "B-O"]);

        // An I- of another type opens a name of its own, as conlleval reads it.
        names.Should().Equal(new GoldName(0, 2, "PER"), new GoldName(5, 6, "LOC"), new GoldName(6, 7, "ORG"));
    }

    [Fact]
    public void Train_TinyFixture_FindsItsNamesWithTheirTypes()
    {
        var tagger = new NameTagger(Tiny.Value);

        foreach (var sentence in Sentences())
        {
            var names = new NameSpan[sentence.Tokens.Length];
            var found = tagger.Find(sentence.Text, sentence.Tokens, [], names);

            Describe(sentence, names.AsSpan(0, found)).Should().Equal(Describe(sentence), sentence.Text);
        }
    }

    [Fact]
    public void Train_SameDataTwice_SameModelBytes()
    {
        ModelFile.Write(Train()).Should().Equal(ModelFile.Write(Train()));
    }

    [Fact]
    public void Load_WrittenNameModel_ReadsBackAsNames()
    {
        var model = TaggerModel.Load(ModelFile.Write(Tiny.Value)).Value;

        model.Kind.Should().Be(TaggerModelKind.Names);
        model.Tags.Should().Contain(["O", "B-PER", "L-PER", "U-LOC", "B-ORG", "L-ORG"]);
    }

    [Fact]
    public void NameTagger_PartOfSpeechModel_IsRefused()
    {
        var act = () => new NameTagger(TaggerModel.PartOfSpeech);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Names_Embedded_LoadsANameModelOnce()
    {
        var model = TaggerModel.Names;

        model.Kind.Should().Be(TaggerModelKind.Names);
        model.Tags.Should().HaveCount(13);
        TaggerModel.Names.Should().BeSameAs(model);
        NameTagger.Default.Model.Should().BeSameAs(model);
    }

    [Fact]
    public void Find_EmbeddedModel_ReadsAPersonAndAPlace()
    {
        const string Text = "Angela Merkel arrived in Paris on Tuesday.";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(Text, new TextSpan(0, Text.Length), TokenAlignment.IsAbbreviation, tokens);
        var pos = new byte[tokens.Count];
        PartOfSpeechTagger.Default.Tag(Text, tokens.ToArray(), pos);
        var names = new NameSpan[tokens.Count];

        var found = NameTagger.Default.Find(Text, tokens.ToArray(), pos, names);

        found.Should().Be(2);
        names[0].Should().Be(new NameSpan(0, 2, NameType.Person));
        names[1].Should().Be(new NameSpan(4, 5, NameType.Place));
    }

    [Fact]
    public void Process_RulesAloneAndWithTheTinyModel_BothReadTheKnownCountry()
    {
        const string Text = "Officials in France said on Monday that the talks would go on.";
        foreach (var stage in new[] { new ActorStage(LexiconSet.Default, PeopleLexicon.Default, null), new ActorStage(Tiny.Value) })
        {
            var pipeline = new NewsPipelineBuilder().UseLayout().UseSentences().UsePartOfSpeech().Use(stage).Build();

            var article = pipeline.Parse(Text).Value;

            article.Actors.Should().ContainSingle(a => a.Name == "France" && a.Kind == ActorKind.Country);
        }
    }

    [Fact]
    public void Settle_LowerCaseWordsAwayFromACapital_AreOutsideAndTheRestScored()
    {
        const string Text = "the plant in Brenford was old and the staff left";
        var tokens = Tokenize(Text);
        var atoms = new TokenAtoms[tokens.Length];
        TokenAtoms.ReadHeads(Text, tokens, atoms);
        var settled = new byte[tokens.Length];

        NameTagger.Settle(atoms, 7, settled);

        // "in Brenford was" may be in a name; the words further away may not.
        settled.Should().Equal(7, 7, SequenceTagger.Unsettled, SequenceTagger.Unsettled, SequenceTagger.Unsettled, 7, 7, 7, 7, 7);
    }

    [Fact]
    public void Spans_NameLeftOpenBeforeASettledOutside_EndsBeforeIt()
    {
        // "the Democratic National Convention for its": the model kept the name open over "for",
        // and "its" was settled outside; the name is still read, up to the open end.
        var tagger = NameTagger.Default;
        var tags = tagger.Tags;
        byte Of(string tag) => (byte)tags.IndexOf(tag);
        var names = new NameSpan[4];

        var found = tagger.Spans([Of("O"), Of("B-ORG"), Of("I-ORG"), Of("O"), Of("U-LOC")], names);

        names.AsSpan(0, found).ToArray().Should().Equal(new NameSpan(1, 3, NameType.Organization), new NameSpan(4, 5, NameType.Place));
    }

    [Fact]
    public void Settle_DigitsAndCapitalsInside_AreScored()
    {
        const string Text = "members of the 501st legion met the iPhone team";
        var tokens = Tokenize(Text);
        var atoms = new TokenAtoms[tokens.Length];
        TokenAtoms.ReadHeads(Text, tokens, atoms);
        var settled = new byte[tokens.Length];

        NameTagger.Settle(atoms, 0, settled);

        Enumerable.Range(0, tokens.Length).Where(i => settled[i] == SequenceTagger.Unsettled).Should().Equal(2, 3, 4, 6, 7, 8);
    }

    [Fact]
    public void Tag_SettledTokens_TakeTheirTagsAndNothingSettledTagsAsBefore()
    {
        var tagger = new SequenceTagger(Tiny.Value);
        var outside = (byte)Tiny.Value.Tags.IndexOf("O");
        foreach (var sentence in Sentences())
        {
            var n = sentence.Tokens.Length;
            var atoms = new TokenAtoms[n];
            TokenAtoms.ReadHeads(sentence.Text, sentence.Tokens, atoms);
            var plain = new byte[n];
            tagger.Tag(sentence.Text, sentence.Tokens, plain);
            var none = new byte[n];
            tagger.Tag(sentence.Text, sentence.Tokens, atoms, [], [], Enumerable.Repeat(SequenceTagger.Unsettled, n).ToArray(), none);
            var all = new byte[n];
            tagger.Tag(sentence.Text, sentence.Tokens, atoms, [], [], Enumerable.Repeat(outside, n).ToArray(), all);

            none.Should().Equal(plain, sentence.Text);
            all.Should().OnlyContain(t => t == outside, sentence.Text);
        }
    }

    [Fact]
    public void Find_SettledLowerCaseStretches_FindsTheFixtureNamesStill()
    {
        // The fixture's names all have capitals: settling the words away from them loses none.
        var tagger = new NameTagger(Tiny.Value);
        foreach (var sentence in Sentences())
        {
            var text = "and so the day went on as it did , " + sentence.Text;
            var tokens = Tokenize(text);
            var names = new NameSpan[tokens.Length];

            var found = tagger.Find(text, tokens, [], names);

            names.AsSpan(0, found).ToArray().Select(name => text[tokens[name.Start].Start..tokens[name.End - 1].End])
                .Should().Equal(Describe(sentence).Select(d => d[(d.IndexOf(' ', StringComparison.Ordinal) + 1)..]), text);
        }
    }

    private static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), TokenAlignment.IsAbbreviation, tokens);
        return [.. tokens];
    }

    private static TaggerModel Train() =>
        new PerceptronTrainer(new TrainerOptions { Templates = NameTemplates.Instance, Folds = 1, CachedWords = 16, Epochs = 10 }).Train(Sentences());

    private static List<string> Describe(TaggedSentence sentence, ReadOnlySpan<NameSpan> names)
    {
        var described = new List<string>();
        foreach (var name in names)
        {
            described.Add($"{name.Type} {sentence.Text[sentence.Tokens[name.Start].Start..sentence.Tokens[name.End - 1].End]}");
        }

        return described;
    }

    private static List<string> Describe(TaggedSentence sentence)
    {
        var described = new List<string>();
        for (var i = 0; i < sentence.Tags.Length; i++)
        {
            var tag = sentence.Tags[i];
            if (tag[0] is 'B' or 'U')
            {
                var end = i;
                while (sentence.Tags[end][0] is not 'L' and not 'U')
                {
                    end++;
                }

                var type = tag[2..] switch { "PER" => NameType.Person, "ORG" => NameType.Organization, _ => NameType.Place };
                described.Add($"{type} {sentence.Text[sentence.Tokens[i].Start..sentence.Tokens[end].End]}");
            }
        }

        return described;
    }

    // The fixture as gold sentences with names, put on our tokens as the trainer's readers do.
    private static List<TaggedSentence> Sentences()
    {
        var sentences = new List<TaggedSentence>();
        foreach (var line in Fixture)
        {
            var words = new List<GoldWord>();
            var names = new List<GoldName>();
            var parts = line.Split(' ');
            for (var p = 0; p < parts.Length; p++)
            {
                if (parts[p].StartsWith('['))
                {
                    var type = parts[p][1..];
                    var first = words.Count;
                    while (!parts[++p].EndsWith(']'))
                    {
                        words.Add(new GoldWord(parts[p], "NNP"));
                    }

                    words.Add(new GoldWord(parts[p].TrimEnd(']'), "NNP"));
                    names.Add(new GoldName(first, words.Count, type));
                }
                else
                {
                    words.Add(new GoldWord(parts[p], "X"));
                }
            }

            var text = string.Join(' ', words.Select(w => w.Form));
            var gold = new GoldSentence($"s{sentences.Count}", "fixture", text, words, []);
            sentences.Add(NameCorpora.Align(new NamedSentence(gold, names))!);
        }

        return sentences;
    }
}
