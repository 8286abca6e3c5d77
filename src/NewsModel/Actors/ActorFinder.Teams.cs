using NewsModel.Lexicons;
using NewsModel.Model;

namespace NewsModel.Actors;

/// <summary>
/// Teams. In a match report "Sweden 1 – 0 South Korea" names two teams, not two countries: a
/// country, region or city named beside a score is a team, an organisation, in the whole article
/// (the report goes on with "Sweden dominated", "Belgium's coach").
/// </summary>
internal sealed partial class ActorFinder
{
    private const int MaxScoreDigits = 3;

    // "Group G" in a tournament: a named set of teams, an organisation once the article has teams.
    private readonly List<(string Name, TextSpan Span)> tournamentGroups = [];

    private void ReadTournamentGroup(int i)
    {
        if (this.IsWord(i, "Group") && i + 1 < this.tokens.Count && this.tokens[i + 1].Kind == Tokens.TokenKind.Word && this.Word(i + 1) is [>= 'A' and <= 'Z'])
        {
            this.tournamentGroups.Add((this.TextOf(i, i + 2), this.SpanOf(i, i + 2)));
        }
    }

    private void MarkTeams()
    {
        foreach (var draft in this.drafts)
        {
            // Cities and regions field teams too: "Scotland 2 – 0 Wales", "Chicago 3 – 1 Boston".
            if (draft.Kind is not (ActorKind.Country or ActorKind.City or ActorKind.Place))
            {
                continue;
            }

            foreach (var mention in draft.Mentions)
            {
                if (mention.Kind == MentionKind.Name && (this.ScoreAfter(mention.Span.End) || this.ScoreBefore(mention.Span.Start)))
                {
                    draft.Kind = ActorKind.Organization;
                    break;
                }
            }
        }

        if (this.tournamentGroups.Count > 0 && this.drafts.Exists(d => d.Kind == ActorKind.Organization && this.lexicons.Countries.TryFind(d.Name, out _)))
        {
            foreach (var (name, span) in this.tournamentGroups)
            {
                var group = this.Draft(name, ActorKind.Organization);
                group.AddMention(this.Widen(group, Mention.InArticle(this.text, span, MentionKind.Name)));
            }
        }

        // "the Belgians" are the team when Belgium is one.
        foreach (var draft in this.drafts)
        {
            if (draft.Kind == ActorKind.Group && draft.Affiliation is { Kind: ActorKind.Organization } team
                && this.lexicons.Countries.TryFind(draft.Name, out var match) && match.Kind == Lexicons.CountryNameKind.Demonym && match.Country.Name == team.Name)
            {
                draft.Kind = ActorKind.Organization;
            }
        }
    }

    // "<name> 1 – 0": digits, a dash, digits.
    private bool ScoreAfter(int offset)
    {
        var i = this.SkipSpaces(offset, +1);
        var digits = this.SkipDigits(i, +1);
        if (digits == i)
        {
            return false;
        }

        i = this.SkipSpaces(digits, +1);
        if (i >= this.text.Length || !IsDash(this.text[i]))
        {
            return false;
        }

        i = this.SkipSpaces(i + 1, +1);
        var last = this.SkipDigits(i, +1);
        if (last == i || this.ContinuesNumber(last))
        {
            return false;
        }

        // A score ends its clause, meets the other side's name or a preposition ("2-1 on Monday"),
        // never a noun or a unit ("10-15 per cent", "3-0 votes").
        var (from, to) = this.NextWord(last);
        if (from == to || !char.IsLower(this.text[from]))
        {
            return true;
        }

        var word = this.text.AsSpan(from, to - from);
        return this.words.Is(word, WordClass.Preposition | WordClass.Conjunction) && word is not "per";
    }

    // "1 – 0 <name>".
    private bool ScoreBefore(int offset)
    {
        var i = this.SkipSpaces(offset - 1, -1);
        var digits = this.SkipDigits(i, -1);
        if (digits == i || i == offset - 1)
        {
            return false;
        }

        i = this.SkipSpaces(digits, -1);
        if (i < 0 || !IsDash(this.text[i]))
        {
            return false;
        }

        i = this.SkipSpaces(i - 1, -1);
        var first = this.SkipDigits(i, -1);
        return first < i && (first < 0 || !char.IsLetterOrDigit(this.text[first]));
    }

    // A score is not a date or a range of years: "2018-06" or "1 – 0.5" go on.
    private bool ContinuesNumber(int offset) => offset < this.text.Length && (this.text[offset] is '.' or ',' or '-' or '/') && offset + 1 < this.text.Length && char.IsAsciiDigit(this.text[offset + 1]);

    private int SkipSpaces(int i, int step)
    {
        for (var n = 0; i >= 0 && i < this.text.Length && this.text[i] == ' ' && n < 4; n++)
        {
            i += step;
        }

        return i;
    }

    private int SkipDigits(int i, int step)
    {
        for (var n = 0; i >= 0 && i < this.text.Length && char.IsAsciiDigit(this.text[i]) && n < MaxScoreDigits; n++)
        {
            i += step;
        }

        return i;
    }

    private static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2012';
}
