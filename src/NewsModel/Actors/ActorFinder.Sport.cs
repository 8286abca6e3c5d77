using System.Collections.Frozen;

using NewsModel.Model;

namespace NewsModel.Actors;

/// <summary>
/// In a match report a country's name stands for its national team: "Belgium beat Panama",
/// "Sweden's captain". Such countries are read as organisations (the teams); a country where
/// things happen ("in Russia") stays a country.
/// </summary>
internal sealed partial class ActorFinder
{
    // Enough of these words make a report about a game, not about politics.
    private const int MinSportWords = 8;

    private static readonly FrozenSet<string> SportWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "goal", "goals", "scored", "scoring", "striker", "midfielder", "defender", "goalkeeper", "penalty", "penalties",
        "match", "matches", "tournament", "league", "kick-off", "half-time", "halftime", "equaliser", "equalizer",
        "semi-final", "quarter-final", "innings", "wicket", "wickets", "touchdown", "referee", "fixture", "fixtures");

    private bool IsSportReport()
    {
        var count = 0;
        var i = 0;
        while (i < this.text.Length)
        {
            while (i < this.text.Length && !char.IsLetter(this.text[i]))
            {
                i++;
            }

            var from = i;
            while (i < this.text.Length && (char.IsLetter(this.text[i]) || this.text[i] == '-'))
            {
                i++;
            }

            if (i > from && i - from <= 13 && SportWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(this.text.AsSpan(from, i - from)) && ++count >= MinSportWords)
            {
                return true;
            }
        }

        return false;
    }

    private void ReadCountriesAsTeams()
    {
        if (!this.IsSportReport())
        {
            return;
        }

        foreach (var draft in this.drafts)
        {
            if (draft.Kind is not (ActorKind.Country or ActorKind.Group) || draft.Mentions.Count == 0 || (draft.Kind == ActorKind.Group && draft.Affiliation is null))
            {
                continue;
            }

            var located = 0;
            foreach (var mention in draft.Mentions)
            {
                var (before, _) = this.WordBefore(mention.Span.Start);
                if (before is "in" or "at" or "from" or "across" or "to" or "into")
                {
                    located++;
                }
            }

            if (2 * located < draft.Mentions.Count)
            {
                draft.Kind = ActorKind.Organization;
            }
        }
    }

    // The lower-case word just before offset, if any.
    private (string? Word, int Start) WordBefore(int offset)
    {
        var i = offset - 1;
        while (i >= 0 && i >= offset - 8 && this.text[i] == ' ')
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && end - i <= 12 && char.IsLetter(this.text[i]))
        {
            i--;
        }

        return end - (i + 1) > 0 && end < offset ? (this.text[(i + 1)..end].ToLowerInvariant(), i + 1) : (null, offset);
    }
}
