using System.Reflection;

namespace NewsModel.Lexicons;

/// <summary>Closed-class words (pronouns, auxiliaries, determiners...) read from the embedded <c>word-classes.txt</c>.</summary>
internal sealed class WordClasses
{
    private static readonly Lazy<WordClasses> DefaultClasses = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IgnoreCaseMap<WordClass> lookup;

    private WordClasses(Dictionary<string, WordClass> classes) => this.lookup = new IgnoreCaseMap<WordClass>(classes);

    public static WordClasses Default => DefaultClasses.Value;

    /// <summary>Every word and its classes.</summary>
    public IEnumerable<KeyValuePair<string, WordClass>> All => this.lookup.Map;

    public WordClass Of(ReadOnlySpan<char> word) => this.lookup.TryGetValue(word, out var found) ? found : WordClass.None;

    public bool Is(ReadOnlySpan<char> word, WordClass wordClass) => (this.Of(word) & wordClass) != 0;

    private static WordClasses Load()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NewsModel.Lexicons.word-classes.txt")
            ?? throw new InvalidOperationException("The embedded resource word-classes.txt is missing.");
        using var reader = new StreamReader(stream);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            if (bar < 0 || !Enum.TryParse<WordClass>(line[..bar].Trim().Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var wordClass))
            {
                throw new InvalidOperationException($"word-classes.txt line {lineNumber}: expected 'class | words', got '{line}'");
            }

            foreach (var word in line[(bar + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                classes[word] = classes.GetValueOrDefault(word) | wordClass;
            }
        }

        return new WordClasses(classes);
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
    ThirdPersonPronoun = PronounMale | PronounFemale | PronounNeuter | PronounPlural,

    /// <summary>The closed classes every English sentence is full of, whatever it is about.</summary>
    FunctionWord = PronounMale | PronounFemale | PronounNeuter | PronounPlural | PronounFirst | PronounSecond | PronounRelative
        | Auxiliary | Determiner | Preposition | Conjunction | Complementizer,
}
