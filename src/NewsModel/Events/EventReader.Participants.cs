using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Events;

/// <summary>The participants of an event: the agent before an active trigger, the patient after it, "by" in the passive, the holders of titles and plural references, from the trigger's clause only.</summary>
internal sealed partial class EventReader
{
    private void AddParticipants(ref Draft draft, TextSpan scope, TextSpan trigger, int triggerToken, (int Start, int End) clause, ActorId? place)
    {
        // A passive ("was backed by dozens of countries"): those after "by" act on those before.
        var byAt = -1;
        if (triggerToken > 0 && IsPassiveAuxiliary(this.tokens[triggerToken - 1].In(this.text)))
        {
            for (var j = triggerToken + 1; j < clause.End && j <= triggerToken + 3; j++)
            {
                if (Is(this.tokens[j].In(this.text), "by"))
                {
                    byAt = this.tokens[j].Start;
                    break;
                }
            }
        }

        for (var m = this.FirstMention(scope.Start); m < this.mentions.Count; m++)
        {
            var (span, actor) = this.mentions[m];
            if (span.Start >= scope.End)
            {
                break;
            }

            // Places are where events happen, not who takes part; a country can be both.
            if (actor.Kind is ActorKind.City or ActorKind.Place || actor.Id == place || span.Overlaps(trigger))
            {
                continue;
            }

            var role = span.Start < trigger.Start ? ParticipantRole.Agent : ParticipantRole.Patient;
            if (byAt >= 0)
            {
                role = span.Start > byAt ? ParticipantRole.Agent : ParticipantRole.Patient;
            }

            this.Add(ref draft, actor.Id, role);
            this.AddTitleHolders(ref draft, span, actor, role);
        }

        this.AddPluralReference(ref draft, clause, triggerToken);
    }

    private bool IsPassiveAuxiliary(ReadOnlySpan<char> word) => this.words.Is(word, WordClass.PassiveAuxiliary);

    // "The presidents of Russia and Venezuela": the holders of the title in those countries.
    private void AddTitleHolders(ref Draft draft, TextSpan country, Actor actor, ParticipantRole role)
    {
        if (actor.Kind != ActorKind.Country)
        {
            return;
        }

        var at = this.TokenAt(country.Start);
        var j = at - 1;
        while (j > 0 && (Is(this.tokens[j].In(this.text), "and") || this.tokens[j].Kind == TokenKind.Punctuation || this.tokens[j].Kind == TokenKind.Word && char.IsUpper(this.text[this.tokens[j].Start])))
        {
            j--;
        }

        if (j < 1 || !Is(this.tokens[j].In(this.text), "of") || this.tokens[j - 1].Kind != TokenKind.Word)
        {
            return;
        }

        var title = this.tokens[j - 1].In(this.text);
        var singular = title.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? title[..^1] : title;
        foreach (var person in this.article.Actors)
        {
            if (person.Kind != ActorKind.Person || person.Affiliation != actor.Id)
            {
                continue;
            }

            foreach (var held in person.Roles)
            {
                var lastWord = held.AsSpan(held.LastIndexOf(' ') + 1);
                if (lastWord.Equals(title, StringComparison.OrdinalIgnoreCase) || lastWord.Equals(singular, StringComparison.OrdinalIgnoreCase))
                {
                    this.Add(ref draft, person.Id, role);
                    break;
                }
            }
        }
    }

    // "The two leaders", "both sides": the participants of the last event that had two or more.
    private void AddPluralReference(ref Draft draft, (int Start, int End) clause, int triggerToken)
    {
        var refers = false;
        for (var j = clause.Start; j < triggerToken && j + 1 < clause.End; j++)
        {
            var word = this.tokens[j].In(this.text);
            if ((Is(word, "two") && j > clause.Start && Is(this.tokens[j - 1].In(this.text), "the")) || Is(word, "both"))
            {
                refers = true;
                break;
            }
        }

        if (!refers)
        {
            return;
        }

        // The antecedent is near: look back a bounded number of events.
        for (var k = this.drafts.Count - 1; k >= 0 && k >= this.drafts.Count - 32; k--)
        {
            var earlier = this.drafts[k];
            if (earlier.ParticipantCount >= 2 && earlier.SentenceIndex < draft.SentenceIndex)
            {
                for (var p = earlier.FirstParticipant; p < earlier.FirstParticipant + earlier.ParticipantCount; p++)
                {
                    this.Add(ref draft, this.participants[p].Actor, ParticipantRole.Agent);
                }

                return;
            }
        }
    }

    private int TokenAt(int start)
    {
        var lo = 0;
        var hi = this.tokens.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (this.tokens[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
