namespace NewsModel.Lexicons;

/// <summary>
/// The lexicon files. Each kind has its own column format, documented in the header of the
/// embedded file of the same name (<c>countries.txt</c>, ...); a user's file uses the same format.
/// </summary>
public enum LexiconKind
{
    /// <summary><c>countries.txt</c>: name | other names | demonyms | capital | ISO 3166-1 alpha-2 code.</summary>
    Countries,

    /// <summary><c>cities.txt</c>: city | country | other names.</summary>
    Cities,

    /// <summary><c>regions.txt</c>: name | kind | country | other names.</summary>
    Regions,

    /// <summary><c>organizations.txt</c>: name | acronyms and other names | kind | country.</summary>
    Organizations,

    /// <summary><c>organization-words.txt</c>: word | kind (organization, place or facility).</summary>
    OrganizationWords,

    /// <summary><c>titles.txt</c>: title | kind | gender | full form of an abbreviation.</summary>
    Titles,

    /// <summary><c>reporting-verbs.txt</c>: lemma | forms | category | frames.</summary>
    ReportingVerbs,

    /// <summary><c>cue-phrases.txt</c>: phrase | role | category.</summary>
    CuePhrases,

    /// <summary><c>first-names.txt</c>: name | gender.</summary>
    FirstNames,

    /// <summary><c>capitalised-non-names.txt</c>: word | kind.</summary>
    CapitalizedNonNames,

    /// <summary>
    /// <c>word-classes.txt</c>: class | words (closed-class words: pronouns, auxiliaries,
    /// determiners, prepositions... that the stages read clauses with). An added line replaces
    /// the class's whole list.
    /// </summary>
    WordClasses,

    /// <summary><c>cameo-verbs.txt</c>: code | forms (the words and phrases that name an event, with their CAMEO code or extra type).</summary>
    EventTriggers,

    /// <summary>
    /// <c>abbreviations.txt</c>: abbreviation | may-end (the abbreviations that end with a full stop
    /// but not a sentence, exactly as written; "may-end" marks those that may close one too).
    /// </summary>
    Abbreviations,

    /// <summary>
    /// <c>time-words.txt</c>: kind | word | value (the time vocabulary: months, weekdays, numbers,
    /// ordinals, units, seasons, parts of the day, and the words of days, references, mods and sets).
    /// </summary>
    TimeWords,

    /// <summary><c>time-holidays.txt</c>: rule | name (a fixed date, the nth weekday of a month, a day from Easter, or election day).</summary>
    Holidays,
}
