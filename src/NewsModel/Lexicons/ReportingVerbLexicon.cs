using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

using NewsModel.Model;

namespace NewsModel.Lexicons;

/// <summary>What a reporting verb or cue phrase says about how the words were uttered.</summary>
public enum ReportingCategory
{
    /// <summary>Plain speech: say, tell, add, note, remark (file code <c>speech</c>).</summary>
    Speech,

    /// <summary>Writing or posting: write, tweet, post (<c>writing</c>).</summary>
    Writing,

    /// <summary>A formal statement: announce, declare, state (<c>announcement</c>).</summary>
    Announcement,

    /// <summary>Argument or explanation: argue, insist, explain, stress, contend (<c>argument</c>).</summary>
    Argument,

    /// <summary>Belief or feeling held: believe, think, fear, hope (<c>belief</c>).</summary>
    Belief,

    /// <summary>Knowledge: know, realise, understand (<c>cognition</c>).</summary>
    Cognition,

    /// <summary>A question: ask, wonder, inquire (<c>question</c>).</summary>
    Question,

    /// <summary>An answer: reply, respond, counter (<c>answer</c>).</summary>
    Answer,

    /// <summary>An accusation or allegation: accuse, allege, charge, blame (<c>accusation</c>).</summary>
    Accusation,

    /// <summary>An appeal or demand: urge, call on, demand, plead (<c>appeal</c>).</summary>
    Appeal,

    /// <summary>A promise or commitment: promise, vow, pledge (<c>promise</c>).</summary>
    Promise,

    /// <summary>A warning or threat: warn, threaten, caution (<c>warning</c>).</summary>
    Warning,

    /// <summary>A denial or rejection: deny, reject, dismiss (<c>denial</c>).</summary>
    Denial,

    /// <summary>An admission: admit, acknowledge, concede (<c>admission</c>).</summary>
    Admission,

    /// <summary>Agreement or confirmation: agree, confirm, reiterate (<c>agreement</c>).</summary>
    Agreement,

    /// <summary>Prediction or speculation: predict, suggest, estimate (<c>prediction</c>).</summary>
    Prediction,

    /// <summary>Emotion in the telling: complain, boast, quip, lament, joke (<c>emotion</c>).</summary>
    Emotion,

    /// <summary>A report or testimony: report, testify, recall, describe (<c>report</c>).</summary>
    Report,

    /// <summary>Attribution to a source: according to, citing (<c>source</c>).</summary>
    Source,
}

/// <summary>The constructions a reporting verb takes, as hints for the quote stage.</summary>
[Flags]
public enum ReportingFrames
{
    /// <summary>No hint.</summary>
    None = 0,

    /// <summary>A that-clause or a bare clause: "said (that) ..." (file code <c>that-clause</c>).</summary>
    ThatClause = 1,

    /// <summary>A direct quotation: "'...,' he said" (<c>quote</c>).</summary>
    Quote = 2,

    /// <summary>A to-infinitive: "promised to ..." (<c>to-infinitive</c>).</summary>
    ToInfinitive = 4,

    /// <summary>An object and a to-infinitive: "urged them to ..." (<c>object+to-infinitive</c>).</summary>
    ObjectToInfinitive = 8,

    /// <summary>An object and a that-clause: "told reporters that ..." (<c>object+that-clause</c>).</summary>
    ObjectThatClause = 16,

    /// <summary>An object and of: "accused him of ..." (<c>object+of</c>).</summary>
    ObjectOf = 32,

    /// <summary>An object and as: "described it as ..." (<c>object+as</c>).</summary>
    ObjectAs = 64,

    /// <summary>A plain object: "denied the report" (<c>object</c>).</summary>
    DirectObject = 128,

    /// <summary>A wh-clause or if-clause: "asked whether ..." (<c>wh-clause</c>).</summary>
    WhClause = 256,
}

/// <summary>What a cue phrase contributes to an attribution.</summary>
public enum CuePhraseRole
{
    /// <summary>It introduces the source: "according to X", "citing X" (file code <c>source</c>).</summary>
    Source,

    /// <summary>It names the channel and stands beside a verb: "in a statement", "on Twitter" (<c>channel</c>).</summary>
    Channel,

    /// <summary>It holds its own verb and is the whole cue: "told reporters", "said in a statement" (<c>verb</c>).</summary>
    Verb,
}

/// <summary>A reporting verb with its inflected forms.</summary>
/// <param name="Lemma">The base form ("say", "call on").</param>
/// <param name="Category">What the verb says about the utterance.</param>
/// <param name="Frames">The constructions it takes.</param>
public sealed record ReportingVerbEntry(string Lemma, ReportingCategory Category, ReportingFrames Frames)
{
    /// <summary>Every form ("say", "says", "said", "saying").</summary>
    public EquatableArray<string> Forms { get; init; }
}

/// <summary>A fixed phrase that cues an attribution ("according to", "in a statement").</summary>
/// <param name="Phrase">The phrase.</param>
/// <param name="Role">What it contributes.</param>
/// <param name="Category">What it says about the utterance.</param>
public sealed record CuePhraseEntry(string Phrase, CuePhraseRole Role, ReportingCategory Category);

/// <summary>
/// Reporting verbs (any inflected form → its entry) and cue phrases, looked up ignoring case.
/// Phrasal verbs ("called on", "pointed out") and phrases have several words separated by single
/// spaces; <see cref="MaxVerbWords"/> and <see cref="MaxPhraseWords"/> bound the window to try.
/// </summary>
public sealed class ReportingVerbLexicon
{
    private readonly NameIndex<ReportingVerbEntry> verbs;
    private readonly NameIndex<CuePhraseEntry> phrases;

    internal ReportingVerbLexicon(ImmutableArray<ReportingVerbEntry> verbs, ImmutableArray<CuePhraseEntry> phrases)
    {
        this.Verbs = verbs;
        this.Phrases = phrases;
        var verbIndex = NameIndex<ReportingVerbEntry>.CreateBuilder(caseSensitiveNames: false);
        foreach (var entry in verbs)
        {
            verbIndex.TryAdd(entry.Lemma, entry);
        }

        foreach (var entry in verbs)
        {
            foreach (var form in entry.Forms)
            {
                verbIndex.TryAdd(form, entry);
            }
        }

        this.verbs = verbIndex.Build();
        var phraseIndex = NameIndex<CuePhraseEntry>.CreateBuilder(caseSensitiveNames: false);
        foreach (var entry in phrases)
        {
            phraseIndex.TryAdd(entry.Phrase, entry);
        }

        this.phrases = phraseIndex.Build();
    }

    /// <summary>Every reporting verb, in priority order (a user's entries first).</summary>
    public ImmutableArray<ReportingVerbEntry> Verbs { get; }

    /// <summary>Every cue phrase, in priority order (a user's entries first).</summary>
    public ImmutableArray<CuePhraseEntry> Phrases { get; }

    /// <summary>The most words in any verb form ("call on" has two).</summary>
    public int MaxVerbWords => this.verbs.MaxWords;

    /// <summary>The most words in any cue phrase.</summary>
    public int MaxPhraseWords => this.phrases.MaxWords;

    /// <summary>Finds the reporting verb one of whose forms is <paramref name="form"/>, ignoring case.</summary>
    /// <param name="form">The form ("said").</param>
    /// <param name="verb">The verb (lemma "say").</param>
    /// <returns>Whether the form is a reporting verb.</returns>
    public bool TryFindVerb(ReadOnlySpan<char> form, [MaybeNullWhen(false)] out ReportingVerbEntry verb) =>
        this.verbs.TryFind(form, out verb);

    /// <summary>Finds a cue phrase, ignoring case.</summary>
    /// <param name="text">The words, separated by single spaces.</param>
    /// <param name="phrase">The phrase.</param>
    /// <returns>Whether the words are a cue phrase.</returns>
    public bool TryFindPhrase(ReadOnlySpan<char> text, [MaybeNullWhen(false)] out CuePhraseEntry phrase) =>
        this.phrases.TryFind(text, out phrase);

    internal static ReportingVerbEntry ParseVerb(LexiconLine line)
    {
        var frames = ReportingFrames.None;
        foreach (var code in line.List(3))
        {
            frames |= code switch
            {
                "that-clause" => ReportingFrames.ThatClause,
                "quote" => ReportingFrames.Quote,
                "to-infinitive" => ReportingFrames.ToInfinitive,
                "object+to-infinitive" => ReportingFrames.ObjectToInfinitive,
                "object+that-clause" => ReportingFrames.ObjectThatClause,
                "object+of" => ReportingFrames.ObjectOf,
                "object+as" => ReportingFrames.ObjectAs,
                "object" => ReportingFrames.DirectObject,
                "wh-clause" => ReportingFrames.WhClause,
                _ => throw new LexiconFormatException($"unknown frame '{code}'"),
            };
        }

        var forms = line.List(1);
        if (forms.IsEmpty)
        {
            throw new LexiconFormatException("column 2 (forms) is empty");
        }

        return new ReportingVerbEntry(line.Required(0, "lemma"), ParseCategory(line.Required(2, "category")), frames)
        {
            Forms = forms,
        };
    }

    internal static CuePhraseEntry ParsePhrase(LexiconLine line)
    {
        var role = line.Required(1, "role") switch
        {
            "source" => CuePhraseRole.Source,
            "channel" => CuePhraseRole.Channel,
            "verb" => CuePhraseRole.Verb,
            var other => throw new LexiconFormatException($"unknown cue role '{other}' (expected source, channel or verb)"),
        };
        return new CuePhraseEntry(line.Required(0, "phrase"), role, ParseCategory(line.Required(2, "category")));
    }

    private static ReportingCategory ParseCategory(string code) => code switch
    {
        "speech" => ReportingCategory.Speech,
        "writing" => ReportingCategory.Writing,
        "announcement" => ReportingCategory.Announcement,
        "argument" => ReportingCategory.Argument,
        "belief" => ReportingCategory.Belief,
        "cognition" => ReportingCategory.Cognition,
        "question" => ReportingCategory.Question,
        "answer" => ReportingCategory.Answer,
        "accusation" => ReportingCategory.Accusation,
        "appeal" => ReportingCategory.Appeal,
        "promise" => ReportingCategory.Promise,
        "warning" => ReportingCategory.Warning,
        "denial" => ReportingCategory.Denial,
        "admission" => ReportingCategory.Admission,
        "agreement" => ReportingCategory.Agreement,
        "prediction" => ReportingCategory.Prediction,
        "emotion" => ReportingCategory.Emotion,
        "report" => ReportingCategory.Report,
        "source" => ReportingCategory.Source,
        _ => throw new LexiconFormatException($"unknown category '{code}'"),
    };
}
