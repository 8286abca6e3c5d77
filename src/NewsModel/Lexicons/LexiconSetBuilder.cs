using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

using NewsModel.Events;
using NewsModel.Text;
using NewsModel.Times;

namespace NewsModel.Lexicons;

/// <summary>
/// Builds a <see cref="LexiconSet"/>: start from the embedded lexicons
/// (<see cref="LexiconSet.CreateBuilder"/>) or from nothing (<c>new LexiconSetBuilder()</c>), add
/// entries from text in the lexicon file format or one by one, then <see cref="Build"/>.
/// </summary>
/// <remarks>
/// An added entry replaces an existing entry with the same key (a country's, organisation's,
/// title's or given name's name; a verb's lemma; a place's name, kind and country) and goes
/// before every entry already there. Lookups try canonical names before other names, each in
/// entry order, so an added entry's name wins over an older entry's name and its aliases win over
/// older aliases: adding "Washington | state | United States" makes "Washington" the state.
/// </remarks>
public sealed class LexiconSetBuilder
{
    private readonly List<CountryEntry> countries = [];
    private readonly List<PlaceEntry> places = [];
    private readonly List<OrganizationEntry> organizations = [];
    private readonly List<HeadWordEntry> organizationWords = [];
    private readonly List<TitleEntry> titles = [];
    private readonly List<ReportingVerbEntry> verbs = [];
    private readonly List<CuePhraseEntry> phrases = [];
    private readonly List<FirstNameEntry> firstNames = [];
    private readonly List<NonNameEntry> nonNames = [];
    private readonly List<WordClassEntry> wordClasses = [];
    private readonly List<EventTriggerLine> eventTriggers = [];
    private readonly List<AbbreviationEntry> abbreviations = [];
    private readonly List<TimeWordEntry> timeWords = [];
    private readonly List<Holiday> holidays = [];

    /// <summary>Creates an empty builder: no entries at all.</summary>
    public LexiconSetBuilder()
    {
    }

    internal LexiconSetBuilder(LexiconSet set)
    {
        this.countries.AddRange(set.Countries.Entries);
        this.places.AddRange(set.Places.Entries);
        this.organizations.AddRange(set.Organizations.Entries);
        this.organizationWords.AddRange(set.OrganizationWords.Entries);
        this.titles.AddRange(set.Titles.Entries);
        this.verbs.AddRange(set.ReportingVerbs.Verbs);
        this.phrases.AddRange(set.ReportingVerbs.Phrases);
        this.firstNames.AddRange(set.FirstNames.Entries);
        this.nonNames.AddRange(set.CapitalizedNonNames.Entries);
        this.wordClasses.AddRange(set.WordClasses.Entries);
        this.eventTriggers.AddRange(set.EventTriggers.Lines);
        this.abbreviations.AddRange(set.Abbreviations.Entries);
        this.timeWords.AddRange(set.TimeWords.Entries);
        this.holidays.AddRange(set.Holidays.Entries);
    }

    /// <summary>
    /// Adds the entries of a text in the lexicon file format of <paramref name="kind"/>; throws
    /// on a malformed line. Nothing is added unless every line is good.
    /// </summary>
    /// <param name="kind">Which lexicon the text is for.</param>
    /// <param name="text">The text: <c>#</c> comments, blank lines and entry lines.</param>
    /// <param name="sourceName">A name for the text in error messages, such as its file name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="NewsModelException">A line is malformed; the message names the source and the line.</exception>
    public LexiconSetBuilder Add(LexiconKind kind, string text, string sourceName)
    {
        if (!this.TryAdd(kind, text, sourceName, out var error))
        {
            throw new NewsModelException(error);
        }

        return this;
    }

    /// <summary>
    /// Adds the entries of a text in the lexicon file format of <paramref name="kind"/>, or reports
    /// the first malformed line. Nothing is added unless every line is good.
    /// </summary>
    /// <param name="kind">Which lexicon the text is for.</param>
    /// <param name="text">The text: <c>#</c> comments, blank lines and entry lines.</param>
    /// <param name="sourceName">A name for the text in error messages, such as its file name.</param>
    /// <param name="error">The error (its message names the source, <see cref="ParseError.Line"/> the line); null on success.</param>
    /// <returns>Whether the text was read.</returns>
    public bool TryAdd(LexiconKind kind, string text, string sourceName, [NotNullWhen(false)] out ParseError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        return this.Merge(kind, text, sourceName, first: true, out error);
    }

    /// <summary>
    /// Adds the entries of a file in the lexicon file format of <paramref name="kind"/>; throws on a
    /// malformed line.
    /// </summary>
    /// <param name="kind">Which lexicon the file is for.</param>
    /// <param name="path">The file's path; it is read as UTF-8.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="NewsModelException">A line is malformed; the message names the file and the line.</exception>
    public LexiconSetBuilder AddFile(LexiconKind kind, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return this.Add(kind, File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Adds or replaces a country.</summary>
    /// <param name="entry">The country.</param>
    /// <returns>This builder.</returns>
    public LexiconSetBuilder Add(CountryEntry entry) => this.AddOne(this.countries, entry, static e => e.Name);

    /// <summary>Adds or replaces a city or another place.</summary>
    /// <param name="entry">The place.</param>
    /// <returns>This builder.</returns>
    public LexiconSetBuilder Add(PlaceEntry entry) => this.AddOne(this.places, entry, PlaceLexicon.KeyOf);

    /// <summary>Adds or replaces an organisation.</summary>
    /// <param name="entry">The organisation.</param>
    /// <returns>This builder.</returns>
    public LexiconSetBuilder Add(OrganizationEntry entry) => this.AddOne(this.organizations, entry, static e => e.Name);

    /// <summary>Adds or replaces an organisation or place head word.</summary>
    /// <param name="entry">The head word.</param>
    /// <returns>This builder.</returns>
    public LexiconSetBuilder Add(HeadWordEntry entry) => this.AddOne(this.organizationWords, entry, static e => e.Word);

    /// <summary>Adds or replaces a title.</summary>
    /// <param name="entry">The title.</param>
    /// <returns>This builder.</returns>
    public LexiconSetBuilder Add(TitleEntry entry) => this.AddOne(this.titles, entry, static e => e.Title);

    /// <summary>Adds or replaces a reporting verb.</summary>
    /// <param name="entry">The verb.</param>
    /// <returns>This builder.</returns>
    public LexiconSetBuilder Add(ReportingVerbEntry entry) => this.AddOne(this.verbs, entry, static e => e.Lemma);

    /// <summary>Adds or replaces a cue phrase.</summary>
    /// <param name="entry">The phrase.</param>
    /// <returns>This builder.</returns>
    public LexiconSetBuilder Add(CuePhraseEntry entry) => this.AddOne(this.phrases, entry, static e => e.Phrase);

    /// <summary>Adds or replaces a given name.</summary>
    /// <param name="entry">The name.</param>
    /// <returns>This builder.</returns>
    public LexiconSetBuilder Add(FirstNameEntry entry) => this.AddOne(this.firstNames, entry, static e => e.Name);

    /// <summary>Adds or replaces a capitalised non-name.</summary>
    /// <param name="entry">The word.</param>
    /// <returns>This builder.</returns>
    public LexiconSetBuilder Add(NonNameEntry entry) => this.AddOne(this.nonNames, entry, static e => e.Word);

    /// <summary>Freezes the entries into an immutable, thread-safe set.</summary>
    /// <returns>The set.</returns>
    public LexiconSet Build()
    {
        var wordClasses = new WordClasses([.. this.wordClasses]);
        return new(
            new CountryLexicon([.. this.countries]),
            new PlaceLexicon([.. this.places]),
            new OrganizationLexicon([.. this.organizations]),
            new HeadWordLexicon([.. this.organizationWords]),
            new TitleLexicon([.. this.titles]),
            new ReportingVerbLexicon([.. this.verbs], [.. this.phrases]),
            new FirstNameLexicon([.. this.firstNames]),
            new NonNameLexicon([.. this.nonNames]),
            wordClasses,
            new EventLexicon([.. this.eventTriggers]),
            new AbbreviationLexicon([.. this.abbreviations], wordClasses),
            new TimeLexicon([.. this.timeWords]),
            new HolidayCalendar([.. this.holidays]));
    }

    /// <summary>Appends an embedded file's entries after those already there; throws if it is malformed.</summary>
    internal void AddDefaults(LexiconKind kind, string text, string sourceName)
    {
        if (!this.Merge(kind, text, sourceName, first: false, out var error))
        {
            throw new NewsModelException(error);
        }
    }

    private bool Merge(LexiconKind kind, string text, string source, bool first, [NotNullWhen(false)] out ParseError? error) => kind switch
    {
        LexiconKind.Countries => Merge(this.countries, LexiconReader.Read(source, text, 5, 5, CountryLexicon.Parse, static e => e.Name), static e => e.Name, first, out error),
        LexiconKind.Cities => Merge(this.places, LexiconReader.Read(source, text, 2, 3, PlaceLexicon.ParseCity, PlaceLexicon.KeyOf), PlaceLexicon.KeyOf, first, out error),
        LexiconKind.Regions => Merge(this.places, LexiconReader.Read(source, text, 3, 4, PlaceLexicon.ParseRegion, PlaceLexicon.KeyOf), PlaceLexicon.KeyOf, first, out error),
        LexiconKind.Organizations => Merge(this.organizations, LexiconReader.Read(source, text, 3, 4, OrganizationLexicon.Parse, static e => e.Name), static e => e.Name, first, out error),
        LexiconKind.OrganizationWords => Merge(this.organizationWords, LexiconReader.Read(source, text, 2, 2, HeadWordLexicon.Parse, static e => e.Word), static e => e.Word, first, out error),
        LexiconKind.Titles => Merge(this.titles, LexiconReader.Read(source, text, 3, 4, TitleLexicon.Parse, static e => e.Title), static e => e.Title, first, out error),
        LexiconKind.ReportingVerbs => Merge(this.verbs, LexiconReader.Read(source, text, 3, 4, ReportingVerbLexicon.ParseVerb, static e => e.Lemma), static e => e.Lemma, first, out error),
        LexiconKind.CuePhrases => Merge(this.phrases, LexiconReader.Read(source, text, 3, 3, ReportingVerbLexicon.ParsePhrase, static e => e.Phrase), static e => e.Phrase, first, out error),
        LexiconKind.FirstNames => Merge(this.firstNames, LexiconReader.Read(source, text, 2, 2, FirstNameLexicon.Parse, static e => e.Name), static e => e.Name, first, out error),
        LexiconKind.CapitalizedNonNames => Merge(this.nonNames, LexiconReader.Read(source, text, 2, 2, NonNameLexicon.Parse, static e => e.Word), static e => e.Word, first, out error),
        LexiconKind.WordClasses => Merge(this.wordClasses, LexiconReader.Read(source, text, 2, 2, WordClasses.Parse, static e => e.Name), static e => e.Name, first, out error),
        LexiconKind.Abbreviations => Merge(this.abbreviations, LexiconReader.Read(source, text, 1, 2, AbbreviationLexicon.Parse, static e => e.Abbreviation), static e => e.Abbreviation, first, out error),
        LexiconKind.TimeWords => Merge(this.timeWords, LexiconReader.Read(source, text, 3, 3, TimeLexicon.Parse, TimeLexicon.KeyOf), TimeLexicon.KeyOf, first, out error),
        LexiconKind.Holidays => Merge(this.holidays, LexiconReader.Read(source, text, 2, 2, HolidayCalendar.Parse, HolidayCalendar.KeyOf), HolidayCalendar.KeyOf, first, out error),
        LexiconKind.EventTriggers => Merge(this.eventTriggers, LexiconReader.Read(source, text, 2, 2, EventLexicon.ParseLine, EventLexicon.KeyOf), EventLexicon.KeyOf, first, out error),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown lexicon kind."),
    };

    private static bool Merge<T>(List<T> list, ParseResult<ImmutableArray<T>> read, Func<T, string> keyOf, bool first, [NotNullWhen(false)] out ParseError? error)
    {
        if (!read.TryGetValue(out var batch))
        {
            error = read.Error!;
            return false;
        }

        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in batch)
        {
            keys.Add(keyOf(entry));
        }

        list.RemoveAll(e => keys.Contains(keyOf(e)));
        if (first)
        {
            list.InsertRange(0, batch);
        }
        else
        {
            list.AddRange(batch);
        }

        error = null;
        return true;
    }

    private LexiconSetBuilder AddOne<T>(List<T> list, T entry, Func<T, string> keyOf)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _ = Merge(list, ParseResult<ImmutableArray<T>>.ForValue([entry]), keyOf, first: true, out _);
        return this;
    }
}
