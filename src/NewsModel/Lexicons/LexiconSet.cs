using NewsModel.Events;
using NewsModel.Text;
using NewsModel.Times;

namespace NewsModel.Lexicons;

/// <summary>
/// The lexicons the extraction stages use, grouped. Immutable and safe to share between threads.
/// <see cref="Default"/> holds the lexicons embedded in the package; <see cref="ToBuilder"/> starts
/// a set of one's own from them.
/// </summary>
public sealed class LexiconSet
{
    // Loaded on first use, once, even when many threads ask at the same time.
    private static readonly Lazy<LexiconSet> DefaultSet = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    internal LexiconSet(
        CountryLexicon countries,
        PlaceLexicon places,
        OrganizationLexicon organizations,
        HeadWordLexicon organizationWords,
        TitleLexicon titles,
        ReportingVerbLexicon reportingVerbs,
        FirstNameLexicon firstNames,
        NonNameLexicon capitalizedNonNames,
        WordClasses wordClasses,
        EventLexicon eventTriggers,
        AbbreviationLexicon abbreviations,
        TimeLexicon timeWords,
        HolidayCalendar holidays)
    {
        this.Countries = countries;
        this.Places = places;
        this.Organizations = organizations;
        this.OrganizationWords = organizationWords;
        this.Titles = titles;
        this.ReportingVerbs = reportingVerbs;
        this.FirstNames = firstNames;
        this.CapitalizedNonNames = capitalizedNonNames;
        this.WordClasses = wordClasses;
        this.EventTriggers = eventTriggers;
        this.Abbreviations = abbreviations;
        this.TimeWords = timeWords;
        this.Holidays = holidays;
    }

    /// <summary>The lexicons embedded in the package, loaded once on first use.</summary>
    public static LexiconSet Default => DefaultSet.Value;

    /// <summary>Countries, by name, short form, demonym and capital.</summary>
    public CountryLexicon Countries { get; }

    /// <summary>Cities, states, provinces, regions and continents.</summary>
    public PlaceLexicon Places { get; }

    /// <summary>Organisations, by name and acronym.</summary>
    public OrganizationLexicon Organizations { get; }

    /// <summary>Head words that mark a phrase as an organisation or a place.</summary>
    public HeadWordLexicon OrganizationWords { get; }

    /// <summary>Titles and role nouns.</summary>
    public TitleLexicon Titles { get; }

    /// <summary>Reporting verbs and cue phrases.</summary>
    public ReportingVerbLexicon ReportingVerbs { get; }

    /// <summary>Given names with gender.</summary>
    public FirstNameLexicon FirstNames { get; }

    /// <summary>Capitalised words that are not names.</summary>
    public NonNameLexicon CapitalizedNonNames { get; }

    /// <summary>Closed-class words and their classes.</summary>
    internal WordClasses WordClasses { get; }

    /// <summary>The words and phrases that name an event.</summary>
    internal EventLexicon EventTriggers { get; }

    /// <summary>The abbreviations that end with a full stop but not a sentence.</summary>
    internal AbbreviationLexicon Abbreviations { get; }

    /// <summary>The time vocabulary.</summary>
    internal TimeLexicon TimeWords { get; }

    /// <summary>The holidays.</summary>
    internal HolidayCalendar Holidays { get; }

    /// <summary>A builder that starts from the embedded lexicons.</summary>
    /// <returns>The builder.</returns>
    public static LexiconSetBuilder CreateBuilder() => Default.ToBuilder();

    /// <summary>A builder that starts from this set's entries.</summary>
    /// <returns>The builder.</returns>
    public LexiconSetBuilder ToBuilder() => new(this);

    /// <summary>The name of the embedded resource (and file) of a lexicon kind.</summary>
    internal static string FileName(LexiconKind kind) => kind switch
    {
        LexiconKind.Countries => "countries.txt",
        LexiconKind.Cities => "cities.txt",
        LexiconKind.Regions => "regions.txt",
        LexiconKind.Organizations => "organizations.txt",
        LexiconKind.OrganizationWords => "organization-words.txt",
        LexiconKind.Titles => "titles.txt",
        LexiconKind.ReportingVerbs => "reporting-verbs.txt",
        LexiconKind.CuePhrases => "cue-phrases.txt",
        LexiconKind.FirstNames => "first-names.txt",
        LexiconKind.CapitalizedNonNames => "capitalised-non-names.txt",
        LexiconKind.WordClasses => "word-classes.txt",
        LexiconKind.EventTriggers => "cameo-verbs.txt",
        LexiconKind.Abbreviations => "abbreviations.txt",
        LexiconKind.TimeWords => "time-words.txt",
        LexiconKind.Holidays => "time-holidays.txt",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown lexicon kind."),
    };

    /// <summary>The resource name of a lexicon kind, as the project file embeds it.</summary>
    internal static string ResourceName(LexiconKind kind) => "NewsModel.Lexicons." + FileName(kind);

    /// <summary>Reads the embedded text of a lexicon kind.</summary>
    internal static string ReadEmbedded(LexiconKind kind)
    {
        var name = ResourceName(kind);
        using var stream = typeof(LexiconSet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded lexicon '{name}' is missing from {typeof(LexiconSet).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static LexiconSet LoadDefault()
    {
        var builder = new LexiconSetBuilder();
        foreach (var kind in Enum.GetValues<LexiconKind>())
        {
            // Embedded files are appended in order (cities before regions), so that within the
            // defaults the earlier file wins a shared name; a user's entries go before them all.
            builder.AddDefaults(kind, ReadEmbedded(kind), ResourceName(kind));
        }

        return builder.Build();
    }
}
