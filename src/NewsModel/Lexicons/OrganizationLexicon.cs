using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

using NewsModel.Model;

namespace NewsModel.Lexicons;

/// <summary>What kind of organisation an <see cref="OrganizationEntry"/> is.</summary>
public enum OrganizationKind
{
    /// <summary>A body of states: the UN and its agencies, NATO, the EU, OPEC (file code <c>intergovernmental</c>).</summary>
    Intergovernmental,

    /// <summary>A government, ministry, agency or office (<c>government</c>).</summary>
    Government,

    /// <summary>A parliament or one of its chambers (<c>legislature</c>).</summary>
    Legislature,

    /// <summary>A court (<c>court</c>).</summary>
    Court,

    /// <summary>A political party (<c>party</c>).</summary>
    Party,

    /// <summary>A company (<c>company</c>).</summary>
    Company,

    /// <summary>A news organisation: agency, paper, broadcaster, site (<c>media</c>).</summary>
    Media,

    /// <summary>A non-governmental organisation, charity or think tank (<c>ngo</c>).</summary>
    Ngo,

    /// <summary>Armed forces (<c>military</c>).</summary>
    Military,

    /// <summary>Police, intelligence or security services (<c>security</c>).</summary>
    Security,

    /// <summary>An armed or militant group (<c>armed-group</c>).</summary>
    ArmedGroup,

    /// <summary>A university or school (<c>education</c>).</summary>
    Education,

    /// <summary>A religious body (<c>religious</c>).</summary>
    Religious,

    /// <summary>A sports body or club (<c>sports</c>).</summary>
    Sports,

    /// <summary>A trade union or business association (<c>union</c>).</summary>
    Union,
}

/// <summary>An organisation news names.</summary>
/// <param name="Name">The canonical name ("United Nations General Assembly").</param>
/// <param name="Kind">What kind of organisation it is.</param>
/// <param name="Country">The canonical name of its country (as in countries.txt), or null for international bodies.</param>
public sealed record OrganizationEntry(string Name, OrganizationKind Kind, string? Country)
{
    /// <summary>Acronyms and other names ("UNGA"; "UN General Assembly").</summary>
    public EquatableArray<string> Aliases { get; init; }
}

/// <summary>
/// Organisations looked up by name, acronym or other name. Case rules are those of
/// <see cref="CountryLexicon"/>: "WHO" is the World Health Organization, "who" is not.
/// </summary>
public sealed class OrganizationLexicon
{
    private readonly NameIndex<OrganizationEntry> index;

    internal OrganizationLexicon(ImmutableArray<OrganizationEntry> entries)
    {
        this.Entries = entries;
        this.index = NameIndex<OrganizationEntry>.Of(entries, caseSensitiveNames: true, static e => e.Name, static e => e.Aliases);
    }

    /// <summary>Every organisation, in priority order (a user's entries first).</summary>
    public ImmutableArray<OrganizationEntry> Entries { get; }

    /// <summary>The most words in any name.</summary>
    public int MaxWords => this.index.MaxWords;

    /// <summary>For each number of words n, bit n is set when some name of n words starts with <paramref name="word"/> (see <see cref="NameIndex{T}.WordCountsStartingWith"/>).</summary>
    internal ulong WordCountsStartingWith(ReadOnlySpan<char> word) => this.index.WordCountsStartingWith(word);

    /// <summary>Every word a name starts with, and the word counts of the names it starts (see <see cref="NameIndex{T}.FirstWordCounts"/>).</summary>
    internal IEnumerable<KeyValuePair<string, ulong>> FirstWordCounts() => this.index.FirstWordCounts();

    /// <summary>Finds an organisation by its name, an acronym or another name.</summary>
    /// <param name="text">The words, separated by single spaces.</param>
    /// <param name="organization">The organisation.</param>
    /// <returns>Whether an organisation was found.</returns>
    public bool TryFind(ReadOnlySpan<char> text, [MaybeNullWhen(false)] out OrganizationEntry organization) =>
        this.index.TryFind(text, out organization);

    internal static OrganizationEntry Parse(LexiconLine line)
    {
        var kind = line.Required(2, "kind") switch
        {
            "intergovernmental" => OrganizationKind.Intergovernmental,
            "government" => OrganizationKind.Government,
            "legislature" => OrganizationKind.Legislature,
            "court" => OrganizationKind.Court,
            "party" => OrganizationKind.Party,
            "company" => OrganizationKind.Company,
            "media" => OrganizationKind.Media,
            "ngo" => OrganizationKind.Ngo,
            "military" => OrganizationKind.Military,
            "security" => OrganizationKind.Security,
            "armed-group" => OrganizationKind.ArmedGroup,
            "education" => OrganizationKind.Education,
            "religious" => OrganizationKind.Religious,
            "sports" => OrganizationKind.Sports,
            "union" => OrganizationKind.Union,
            var other => throw new LexiconFormatException($"unknown organization kind '{other}'"),
        };
        return new OrganizationEntry(line.Required(0, "name"), kind, line.Optional(3)) { Aliases = line.List(1) };
    }
}
