using NewsModel.Lexicons;

namespace NewsModel.Quotes;

/// <summary>What some words can be in a cue.</summary>
[Flags]
internal enum CueWord
{
    /// <summary>Nothing: no cue starts with the words nor is them.</summary>
    None = 0,

    /// <summary>The words start a longer phrase or verb form ("according" of "according to").</summary>
    Start = 1,

    /// <summary>The words are a whole phrase or verb form, as far as the case goes.</summary>
    Whole = 2,
}

/// <summary>
/// The beginnings of the lexicon's cue phrases and verb forms, so that the finder tries the
/// lexicon at a word only for the windows of words that may match: most words start no cue, and
/// after "in" only the words that go on a phrase ("in a statement") are worth a longer window.
/// </summary>
internal sealed class CueStarts
{
    private readonly IgnoreCaseMap<CueWord> words;
    private readonly WordFilter filter;

    /// <summary>Collects the beginnings of the phrases and verb forms of a lexicon.</summary>
    /// <param name="cues">The lexicon.</param>
    public CueStarts(ReportingVerbLexicon cues)
    {
        var map = new Dictionary<string, CueWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in cues.Phrases)
        {
            AddKey(map, phrase.Phrase);
        }

        foreach (var verb in cues.Verbs)
        {
            AddKey(map, verb.Lemma);
            foreach (var form in verb.Forms)
            {
                AddKey(map, form);
            }
        }

        this.words = new IgnoreCaseMap<CueWord>(map);
        this.filter = new WordFilter(map.Keys);
    }

    /// <summary>What some words can be in a cue.</summary>
    /// <param name="words">The words, in any case, as the text has them.</param>
    /// <returns>None when no phrase or verb form is or starts with the words.</returns>
    public CueWord Of(ReadOnlySpan<char> words) => this.filter.MayHold(words) && this.words.TryGetValue(words, out var found) ? found : CueWord.None;

    private static void Add(Dictionary<string, CueWord> map, string key, CueWord what)
        => map[key] = map.GetValueOrDefault(key) | what;

    // A token ends where the text has neither a letter nor a digit on one side of the end (a
    // word is never cut between two letters), so a window of tokens that matches the start of a
    // key ends where the key has a character other than an ASCII letter or digit on one side: only
    // those beginnings of the key are kept. A key's ASCII letter or digit can only match a letter
    // or a digit, whatever the case.
    private static void AddKey(Dictionary<string, CueWord> map, string key)
    {
        Add(map, key, CueWord.Whole);
        for (var m = 1; m < key.Length; m++)
        {
            if (!char.IsAsciiLetterOrDigit(key[m]) || !char.IsAsciiLetterOrDigit(key[m - 1]))
            {
                Add(map, key[..m], CueWord.Start);
            }
        }
    }
}
