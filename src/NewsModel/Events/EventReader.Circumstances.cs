using NewsModel.Lexicons;
using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Events;

/// <summary>Where, when and how surely an event happened: the place and time of its clause, and its modality.</summary>
internal sealed partial class EventReader
{
    // A city or place (or, after "in" and "at", a country) named after "in", "at" or "to".
    private ActorId? PlaceIn((int Start, int End) clause)
    {
        for (var j = clause.Start; j + 1 < clause.End; j++)
        {
            var word = this.tokens[j].In(this.text);
            var toward = Is(word, "to");
            if (!(Is(word, "in") || Is(word, "at") || toward))
            {
                continue;
            }

            var next = this.tokens[j + 1];
            if (Is(next.In(this.text), "the") && j + 2 < clause.End)
            {
                next = this.tokens[j + 2];
            }

            Actor? best = null;
            for (var m = this.FirstMention(next.Start); m < this.mentions.Count; m++)
            {
                var (span, actor) = this.mentions[m];
                if (span.Start > next.Start)
                {
                    break;
                }

                if (span.Start != next.Start)
                {
                    continue;
                }

                if (actor.Kind is ActorKind.City or ActorKind.Place)
                {
                    best = actor;
                    break;
                }

                if (actor.Kind == ActorKind.Country && !toward)
                {
                    best ??= actor;
                }
            }

            if (best is not null)
            {
                return best.Id;
            }
        }

        return null;
    }

    // The clause's time; else the nearest before it in the sentence ("since January, when ..."),
    // else one after it; else the time of the previous sentence's events (the narrative goes on).
    private TimeId? TimeOf(TextSpan clause, TextSpan sentence, int sentenceIndex, out bool own, out bool isDay)
    {
        own = true;
        isDay = false;
        TimeExpression? before = null;
        TimeExpression? after = null;
        for (var t = this.FirstTime(sentence.Start); t < this.times.Count; t++)
        {
            var time = this.times[t];
            if (time.Span.Start >= sentence.End)
            {
                break;
            }

            if (time.Span.Start < sentence.Start)
            {
                continue;
            }

            if (clause.Overlaps(time.Span))
            {
                isDay = time.Precision == TimePrecision.Day;
                return time.Id;
            }

            if (time.Span.Start < clause.Start)
            {
                before = time;
            }
            else
            {
                after ??= time;
            }
        }

        if (before is not null)
        {
            isDay = before.Precision == TimePrecision.Day;
            return before.Id;
        }

        // A time after the clause in its sentence belongs to the clauses after it; a sentence
        // without a time goes on at the day of the previous sentence's events.
        own = false;
        for (var k = this.drafts.Count - 1; k >= 0 && this.drafts[k].SentenceIndex >= sentenceIndex - 1; k--)
        {
            if (this.drafts[k].SentenceIndex == sentenceIndex - 1 && this.drafts[k].OwnTime && this.drafts[k].Time is { } inherited
                && this.drafts[k].TimeIsDay)
            {
                return inherited;
            }
        }

        return null;
    }

    private Modality ModalityOf((int Start, int End) clause, int triggerToken)
    {
        var negated = false;
        var expected = false;
        for (var j = clause.Start; j < clause.End; j++)
        {
            var word = this.tokens[j].In(this.text);
            var classes = this.words.Of(word);
            negated |= IsNegation(word, classes);
            expected |= (classes & WordClass.ExpectationWord) != 0;
        }

        if (expected)
        {
            return negated ? Modality.NotExpected : Modality.Expected;
        }

        var hypothetical = false;
        var planned = false;
        negated = false;
        for (var j = clause.Start; j < triggerToken; j++)
        {
            var word = this.tokens[j].In(this.text);
            var classes = this.words.Of(word);
            hypothetical |= (classes & WordClass.HypotheticalWord) != 0;
            negated |= IsNegation(word, classes);
            planned |= (classes & WordClass.PlanWord) != 0
                || ((classes & WordClass.PlanBeforeTo) != 0 && j + 1 < clause.End && Is(this.tokens[j + 1].In(this.text), "to"));
        }

        return hypothetical ? Modality.Hypothetical : negated ? Modality.Negated : planned ? Modality.Planned : Modality.Asserted;
    }
}
