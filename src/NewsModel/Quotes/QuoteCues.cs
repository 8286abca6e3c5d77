using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Quotes;

/// <summary>
/// Whether a word of the block is a reporting cue, and which tokens the cue spans: a cue phrase
/// ("according to", "told reporters", "said in a statement"), a verb of several words ("point
/// out", "call on") or a reporting verb used as a verb ("said", "argues", "telling"). A reporting
/// word that is a noun here cues nothing: "the state of the union", "swing states", "the claim",
/// "the reality show “The Apprentice”", "a short film called “Tenemos Familias”"; nor does an
/// aspect verb before another verb ("continues to battle"), nor a participle inside the phrase a
/// sentence opens with ("In a Facebook message posted Friday, Cruz said").
/// </summary>
internal sealed class QuoteCues
{
    private readonly QuoteRead read;
    private readonly ReportingVerbLexicon lexicon;
    private readonly CueStarts cueStarts;

    /// <summary>Makes the cue questions of a read.</summary>
    /// <param name="read">The read, whose block is asked about.</param>
    /// <param name="lexicon">The reporting verbs and cue phrases.</param>
    /// <param name="cueStarts">The beginnings of the lexicon's phrases and verb forms.</param>
    public QuoteCues(QuoteRead read, ReportingVerbLexicon lexicon, CueStarts cueStarts)
    {
        this.read = read;
        this.lexicon = lexicon;
        this.cueStarts = cueStarts;
    }

    /// <summary>
    /// A reporting cue at token i: a cue phrase ("according to", "told reporters") or a reporting verb
    /// used as a verb (not after a determiner: "the claim" is a noun).
    /// </summary>
    /// <param name="i">The token the cue would start at.</param>
    /// <param name="end">The end of the unit: no cue reaches past it.</param>
    /// <param name="cueEnd">The token after the cue.</param>
    /// <param name="cue">What the cue is.</param>
    /// <returns>Whether a cue starts at the token.</returns>
    public bool TryCue(int i, int end, out int cueEnd, out CueMatch cue)
    {
        var tokens = this.read.Tokens;
        var text = this.read.Text;
        cueEnd = i;
        cue = default;
        var token = tokens[i];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        // Most words start no cue of several words: then no window longer than the word is tried.
        // The longest window of words that may be a phrase or verb form: most words start none, so
        // no longer window is tried; the windows past the first that starts nothing cannot match.
        var what = this.cueStarts.Of(token.In(text));
        var reach = 1;
        if ((what & CueWord.Start) != 0)
        {
            var limit = Math.Min(Math.Max(this.lexicon.MaxPhraseWords, this.lexicon.MaxVerbWords), end - i);
            for (var n = 2; n <= limit; n++)
            {
                var window = this.cueStarts.Of(text.AsSpan(token.Start, tokens[i + n - 1].End - token.Start));
                reach = (window & CueWord.Whole) != 0 ? n : reach;
                if ((window & CueWord.Start) == 0)
                {
                    break;
                }
            }
        }

        for (var n = Math.Min(Math.Min(this.lexicon.MaxPhraseWords, end - i), reach); n >= 2; n--)
        {
            var last = tokens[i + n - 1];
            var phrase = text.AsSpan(token.Start, last.End - token.Start);
            if (!this.lexicon.TryFindPhrase(phrase, out var entry))
            {
                continue;
            }

            // "according to X", "as quoted by X": the source follows. "told reporters", "said in a
            // statement": a verb with its usual company. Other phrases are not cues by themselves.
            if (entry.Role == CuePhraseRole.Source && (phrase.EndsWith(" to", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith(" by", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith(" of", StringComparison.OrdinalIgnoreCase)))
            {
                cueEnd = i + n;
                cue = new CueMatch(entry.Phrase, IsSource: true, entry.Category, IsParticiple: false, ReportingFrames.ThatClause);
                return true;
            }

            if (entry.Role == CuePhraseRole.Verb && this.lexicon.TryFindVerb(token.In(text), out var phraseVerb) && !this.IsNotVerb(i))
            {
                cueEnd = i + n;
                cue = new CueMatch(phraseVerb.Lemma, IsSource: false, entry.Category, IsParticiple: token.In(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase), phraseVerb.Frames);
                return true;
            }
        }

        // Verbs of several words: "call on", "point out", "go on".
        for (var n = Math.Min(Math.Min(this.lexicon.MaxVerbWords, end - i), reach); n >= 2; n--)
        {
            var last = tokens[i + n - 1];
            if (last.Kind == TokenKind.Word && this.lexicon.TryFindVerb(text.AsSpan(token.Start, last.End - token.Start), out var phrasal) && !this.IsNotVerb(i))
            {
                cueEnd = i + n;
                cue = new CueMatch(phrasal.Lemma, IsSource: false, phrasal.Category, IsParticiple: token.In(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase), phrasal.Frames);
                return true;
            }
        }

        if ((what & CueWord.Whole) == 0 || !this.lexicon.TryFindVerb(token.In(text), out var verb) || this.IsNotVerb(i) || (char.IsUpper(text[token.Start]) && i > 0 && !this.IsSentenceStartToken(i))
            || this.IsAspectVerbBeforeOtherVerb(i) || this.IsNamingAfterThing(i))
        {
            return false;
        }

        cueEnd = i + 1;
        var form = token.In(text);
        cue = new CueMatch(verb.Lemma, IsSource: false, verb.Category, IsParticiple: form.EndsWith("ing", StringComparison.OrdinalIgnoreCase), verb.Frames);
        return true;
    }

    /// <summary>Whether a word of the tokens is a form of a reporting verb, whatever its use there.</summary>
    /// <param name="start">The first token.</param>
    /// <param name="end">The token after the last.</param>
    /// <returns>Whether one is.</returns>
    public bool HasCueWithin(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (this.read.Tokens[i].Kind == TokenKind.Word && this.lexicon.TryFindVerb(this.read.Word(i), out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word is a form of a reporting verb, whatever its use here.</summary>
    /// <param name="word">The word.</param>
    /// <returns>Whether it is.</returns>
    public bool IsReportingVerb(ReadOnlySpan<char> word) => this.lexicon.TryFindVerb(word, out _);

    /// <summary>
    /// "In a Facebook message posted Friday, Cruz said", "In a statement announcing the pick, the
    /// union called": a participle inside the phrase a sentence opens with (a preposition that is
    /// no conjunction, as "as" and "after" are, then a determiner), before the comma that ends it,
    /// reports nothing; the sentence's own verb comes after the comma.
    /// </summary>
    /// <param name="unitStart">The first token of the unit.</param>
    /// <param name="cue">The cue's first token.</param>
    /// <param name="unitEnd">The end of the unit.</param>
    /// <returns>Whether the cue is inside such a phrase.</returns>
    public bool InFrontedPhrase(int unitStart, int cue, int unitEnd)
    {
        var first = unitStart;
        while (first < cue && this.read.Tokens[first].Kind != TokenKind.Word)
        {
            first++;
        }

        var form = this.read.Word(cue);
        if (first + 1 >= cue || !this.read.Is(first, WordClass.Preposition) || this.read.Is(first, WordClass.Conjunction) || !this.read.Is(first + 1, WordClass.Determiner)
            || !(form.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || form.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // "At the bottom it reads": a subject of the verb's own is a clause, not a phrase.
        for (var i = first; i < cue; i++)
        {
            if (this.read.IsPunctuation(i, ',') || this.read.Tokens[i].IsQuote || this.read.Is(i, WordClass.PronounSubject))
            {
                return false;
            }
        }

        for (var i = cue + 1; i < unitEnd; i++)
        {
            if (this.read.IsPunctuation(i, ','))
            {
                return true;
            }

            if (this.read.Tokens[i].IsQuote || this.read.IsSentenceEnd(i))
            {
                return false;
            }
        }

        return false;
    }

    // A reporting word is a cue where it is a verb: "the state said" and "swing states", "his show
    // “X”", "her remarks", "an executive order" are nouns. The part-of-speech tags decide; without
    // a part-of-speech stage, the determiner before the word and the lexicon's noun-first words do.
    private bool IsNotVerb(int i)
    {
        // A word the tagger's data only ever saw as a verb ("said", "told") needs no tagging.
        if (!this.read.BlockTokens.MayBe(this.read.Word(i), ~this.read.BlockTokens.Masks.Verbs))
        {
            return this.IsNounDeterminer(i - 1) || this.IsNounFirstCueAsNoun(i) || this.IsTitleNounBeforeQuote(i);
        }

        var tags = this.read.BlockTokens.TagsOf(this.read.Text, this.read.Block, i, i + 1);
        return (tags.Length == this.read.Tokens.Count && !PennTagMasks.Has(this.read.BlockTokens.Masks.Verbs, tags[i]) && !this.IsVerbTaggedAsPluralNoun(tags, i))
            || this.IsNounDeterminer(i - 1) || this.IsNounFirstCueAsNoun(i) || this.IsTitleNounBeforeQuote(i);
    }

    // "Smith claims that ...": the tagger reads a third-person verb after a name as a plural noun
    // (a compound, "Smith claims"); a name or pronoun before and "that" after make it the verb.
    private bool IsVerbTaggedAsPluralNoun(ReadOnlySpan<byte> tags, int i)
    {
        var masks = this.read.BlockTokens.Masks;
        return i > 0 && PennTagMasks.Has(masks.Nouns, tags[i]) && this.read.Text[this.read.Tokens[i].End - 1] is 's' or 'S'
            && (PennTagMasks.Has(masks.ProperNouns, tags[i - 1]) || this.read.Is(i - 1, WordClass.PronounSubject)) && this.read.IsWord(i + 1, "that");
    }

    // "swing states", "state officials", "one reason", "his appeal to voters": words that news
    // writes mostly as nouns are a cue only after a subject pronoun ("It states that", "They
    // state") or a document ("the law states"). Measured on 840 news articles: of 111 quotes with
    // "state" or "states" as the cue, 4 were quotes, each after a pronoun or a document; of 40
    // with "reason", "reasons" or "appeal", none; of 22 with "comments" or "remarks", one.
    private bool IsNounFirstCueAsNoun(int i) => this.read.Is(i, WordClass.NounFirstCue) && !this.read.Is(i - 1, WordClass.PronounSubject | WordClass.DocumentNoun);

    // "continues to battle", "continue to get": an aspect verb reports nothing when "to" and a
    // verb that is no reporting verb follow it ("continued to say" still reports; other verbs are
    // followed by "to" and their addressee: "said to reporters"). Measured on 840 news articles:
    // of the 20 quotes cued by "continue to", this drops the 7 where no reporting verb follows,
    // none of them a quote.
    private bool IsAspectVerbBeforeOtherVerb(int i)
        => this.read.Is(i, WordClass.AspectVerb) && this.read.IsWord(i + 1, "to") && i + 2 < this.read.Tokens.Count && this.read.Tokens[i + 2].Kind == TokenKind.Word
            && !this.lexicon.TryFindVerb(this.read.Word(i + 2), out _);

    // "the reality show “The Apprentice”", "his show, “Shark Tank”": a noun naming what the
    // quotation marks hold, not a verb that reports it. Measured on 840 news articles: 10 quotes
    // were cued this way ("show" 9 times, "chant" once), none of them a quote.
    private bool IsTitleNounBeforeQuote(int i)
        => this.read.Is(i, WordClass.TitleNoun)
            && i + 1 < this.read.Tokens.Count && (this.read.Tokens[i + 1].IsQuote || (this.read.IsPunctuation(i + 1, ',') && i + 2 < this.read.Tokens.Count && this.read.Tokens[i + 2].IsQuote));

    // "a short film called “Tenemos Familias”", "a website called “...”": a thing's name, not
    // speech. The word before "called" is a common noun that is no person, group or organisation
    // ("one lawmaker called “...”" reports), and the name follows at once, in quotation marks.
    // Measured on 840 news articles: 7 quotes were cued this way, none of them a quote.
    private bool IsNamingAfterThing(int i)
    {
        if (!this.read.Is(i, WordClass.NamingVerb) || i == 0 || this.read.Tokens[i - 1].Kind != TokenKind.Word || this.read.IsCapitalized(i - 1))
        {
            return false;
        }

        var next = this.read.IsWord(i + 1, "the") ? i + 2 : i + 1;
        return next < this.read.Tokens.Count && this.read.Tokens[next].IsQuote
            && !this.read.Is(i - 1, WordClass.PersonNoun | WordClass.GroupNoun | WordClass.OrganizationNoun | WordClass.PluralActorNoun | WordClass.PronounSubject | WordClass.PronounRelative
                | WordClass.ObjectPronoun | WordClass.Auxiliary | WordClass.Adverb | WordClass.Conjunction | WordClass.Determiner | WordClass.StandaloneDeterminer);
    }

    // "the claim", "his call": a determiner that makes the next word a noun ("most said" is a subject).
    private bool IsNounDeterminer(int i) => this.read.Is(i, WordClass.Determiner) && !this.read.Is(i, WordClass.StandaloneDeterminer);

    private bool IsSentenceStartToken(int i) => i == 0 || this.read.IsSentenceEnd(i - 1) || this.read.Tokens[i - 1].IsQuote;
}

/// <summary>A reporting cue found in the text.</summary>
/// <param name="Lemma">The verb's lemma, or the phrase of a source cue ("according to").</param>
/// <param name="IsSource">Whether the cue names its source after it ("according to X").</param>
/// <param name="Category">What the cue reports: a statement, an appeal, ...</param>
/// <param name="IsParticiple">Whether the verb is a participle in "-ing" (", saying").</param>
/// <param name="Frames">What the verb takes after it.</param>
internal readonly record struct CueMatch(string Lemma, bool IsSource, ReportingCategory Category, bool IsParticiple, ReportingFrames Frames);
