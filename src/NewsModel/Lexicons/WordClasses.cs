using System.Collections.Immutable;
using System.Numerics;

namespace NewsModel.Lexicons;

/// <summary>A line of <c>word-classes.txt</c>: a class and its words.</summary>
/// <param name="Name">The class as the file writes it ("pronoun-male").</param>
/// <param name="Class">The class.</param>
/// <param name="Words">Its words, compared without case.</param>
internal sealed record WordClassEntry(string Name, WordClass Class, ImmutableArray<string> Words);

/// <summary>
/// Closed-class words (pronouns, auxiliaries, determiners...) and their classes, from the lexicon
/// set's <see cref="LexiconKind.WordClasses"/> lines; a word may be in several classes.
/// </summary>
internal sealed class WordClasses
{
    private readonly IgnoreCaseMap<WordClass> lookup;

    internal WordClasses(ImmutableArray<WordClassEntry> entries)
    {
        this.Entries = entries;
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            foreach (var word in entry.Words)
            {
                classes[word] = classes.GetValueOrDefault(word) | entry.Class;
            }
        }

        this.lookup = new IgnoreCaseMap<WordClass>(classes);
    }

    /// <summary>The classes of the embedded lexicons.</summary>
    public static WordClasses Default => LexiconSet.Default.WordClasses;

    /// <summary>The lines they were made of, in priority order.</summary>
    public ImmutableArray<WordClassEntry> Entries { get; }

    /// <summary>Every word and its classes.</summary>
    public IEnumerable<KeyValuePair<string, WordClass>> All => this.lookup.Map;

    public WordClass Of(ReadOnlySpan<char> word) => this.lookup.TryGetValue(word, out var found) ? found : WordClass.None;

    public bool Is(ReadOnlySpan<char> word, WordClass wordClass) => (this.Of(word) & wordClass) != 0;

    internal static WordClassEntry Parse(LexiconLine line)
    {
        var name = line.Required(0, "class");
        if (!Enum.TryParse<WordClass>(name.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var wordClass)
            || !BitOperations.IsPow2((ulong)wordClass) || name.Contains(',', StringComparison.Ordinal) || char.IsAsciiDigit(name[0]))
        {
            throw new LexiconFormatException($"unknown word class '{name}'");
        }

        _ = line.Required(1, "words");
        var words = line.List(1);
        if (words.IsEmpty)
        {
            throw new LexiconFormatException("no words");
        }

        return new WordClassEntry(name, wordClass, words);
    }
}

/// <summary>The classes of <c>word-classes.txt</c>; a word may belong to several.</summary>
[Flags]
internal enum WordClass : long
{
    None = 0,
    PronounMale = 1 << 0,
    PronounFemale = 1 << 1,
    PronounNeuter = 1 << 2,
    PronounPlural = 1 << 3,
    PronounFirst = 1 << 4,
    PronounSecond = 1 << 5,
    PronounRelative = 1 << 6,
    Auxiliary = 1 << 7,
    Adverb = 1 << 8,
    Determiner = 1 << 9,
    Preposition = 1 << 10,
    Conjunction = 1 << 11,
    Complementizer = 1 << 12,
    PersonNoun = 1 << 13,
    PronounSubject = 1 << 14,
    OrganizationNoun = 1 << 15,
    GroupNoun = 1 << 16,
    PluralActorNoun = 1 << 17,
    BareClauseVerb = 1 << 18,
    ObjectPronoun = 1 << 19,
    IrregularPast = 1 << 20,
    StandaloneDeterminer = 1 << 21,
    GatheringNoun = 1 << 22,
    NounFirstCue = 1 << 23,
    DocumentNoun = 1 << 24,
    TitleNoun = 1 << 25,
    NamingVerb = 1 << 26,
    AspectVerb = 1 << 27,

    /// <summary>Plural nouns naming people by their faith or creed ("Muslims", "Catholics"): a group of people wherever they stand.</summary>
    AdherentNoun = 1 << 28,

    /// <summary>The plural first person ("we", "us", "our").</summary>
    PronounFirstPlural = 1 << 29,

    /// <summary>The role of whoever leads a country, whatever the office ("leader").</summary>
    LeaderNoun = 1 << 30,

    /// <summary>Plural nouns for the unnamed people news quotes ("police", "critics", "investigators").</summary>
    SourceNoun = 1L << 31,

    /// <summary>The reflexive pronouns ("himself", "themselves").</summary>
    ReflexivePronoun = 1L << 32,

    /// <summary>Words that join on a clause of the same rank after a comma ("and", "but", "while").</summary>
    ClauseJoiner = 1L << 33,

    /// <summary>Words that deny what their clause says ("not", "never"); "n't" is read from the word's end.</summary>
    Negation = 1L << 34,

    /// <summary>Words that make a clause a supposition ("would", "might", "if").</summary>
    HypotheticalWord = 1L << 35,

    /// <summary>Words that make a clause a plan ("will", "plans", "intends").</summary>
    PlanWord = 1L << 36,

    /// <summary>Words that make a plan with a following "to" ("set to", "due to").</summary>
    PlanBeforeTo = 1L << 37,

    /// <summary>Words that make a clause an expectation ("expected", "likely").</summary>
    ExpectationWord = 1L << 38,

    /// <summary>Words that, after a comma, open a clause of their own ("but", "which", "because").</summary>
    ClauseOpener = 1L << 39,

    /// <summary>The forms of "be" that make a participle after them passive ("was", "been").</summary>
    PassiveAuxiliary = 1L << 40,

    /// <summary>Words that open sentences but rarely follow an abbreviation inside one ("The", "But").</summary>
    SentenceOpener = 1L << 41,

    /// <summary>The words that tell an event's modality: one look-up says whether a word is any of them.</summary>
    ModalityWord = Negation | HypotheticalWord | PlanWord | PlanBeforeTo | ExpectationWord,
    ThirdPersonPronoun = PronounMale | PronounFemale | PronounNeuter | PronounPlural,

    /// <summary>The closed classes every English sentence is full of, whatever it is about.</summary>
    FunctionWord = PronounMale | PronounFemale | PronounNeuter | PronounPlural | PronounFirst | PronounSecond | PronounRelative
        | Auxiliary | Determiner | Preposition | Conjunction | Complementizer,
}
