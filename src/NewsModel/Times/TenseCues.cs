using System.Runtime.CompilerServices;

namespace NewsModel.Times;

/// <summary>
/// Whether the clause around a token speaks of the past or the future, from the nearest tense
/// cue on each side within a window and the sentence: "will", "plans", "expected" the future;
/// "was", "had", "said" (near), a past participle the past; "might" and "until" weakly the
/// future. A stronger cue beats a weaker one, and between equals the nearer wins ("They will
/// meet on Monday": future; "They met on Monday": past).
/// </summary>
internal static class TenseCues
{
    // How far the tense cues are looked for on each side of an expression.
    private const int TenseWindow = 12;

    // Whether the clause around token `at` speaks of the future: the nearest tense cue decides,
    // past when there is none (news reports what happened).
    internal static bool IsFuture(in TimeCursor c, int at) => TenseAt(in c, at) > 0;

    // +1 when the clause speaks of the future, -1 when of the past, 0 when there is no cue. The
    // nearest cue on each side is found; a stronger cue beats a weaker one ("Until Thursday, they
    // had not called him": the past perfect outweighs "until"), and between cues of equal
    // strength the nearer one wins.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int TenseAt(in TimeCursor c, int at)
    {
        var (backCue, backStrength, backDistance) = NearestCue(in c, at, -1);
        var (foreCue, foreStrength, foreDistance) = NearestCue(in c, at, 1);
        if (backCue == 0 && foreCue == 0)
        {
            return 0;
        }

        if (backCue == 0 || foreCue == 0 || backCue == foreCue)
        {
            return backCue != 0 ? backCue : foreCue;
        }

        if (backStrength != foreStrength)
        {
            return backStrength > foreStrength ? backCue : foreCue;
        }

        // Equal strength: the nearer cue; at equal distance the past (news reports what happened).
        return foreDistance < backDistance ? foreCue : backDistance < foreDistance ? backCue : -1;
    }

    // The first tense cue from token `at` in direction `step` (-1 back, +1 ahead) within the
    // window and the sentence: its sign, strength and distance.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Cue, int Strength, int Distance) NearestCue(in TimeCursor c, int at, int step)
    {
        for (var d = 1; d <= TenseWindow; d++)
        {
            var k = at + (step * d);
            if (!c.InRange(k) || IsSentenceEnd(in c, k))
            {
                break;
            }

            var (cue, strength) = TenseCue(in c, k, d);
            if (cue != 0)
            {
                return (cue, strength, d);
            }
        }

        return (0, 0, int.MaxValue);
    }

    // The tense a word signals (+1 future, -1 past, 0 none) and how strongly (1 weak, 2 usual).
    // `distance` is how far the word is from the expression.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Cue, int Strength) TenseCue(in TimeCursor c, int k, int distance)
    {
        var w = c.Word(k);
        switch (w)
        {
            case "will" or "shall" or "wo" or "scheduled" or "upcoming" or "would" or "plans" or "planning" or "expected" or "expects" or "slated" or "supposed":
                return (1, 2);

            // "planned to leave on Thursday", "did not plan to act": the plan is about the future;
            // "the plan Aug. 21" or "the previously planned attack" are not.
            case "plan" or "planned" when c.Word(k + 1) is "to" || (w is "planned" && c.Is(k + 1, "for")):
                return (1, 2);
            case "plan" or "planned":
                return (0, 0);

            // "might" and "until" also occur in past narrative ("until Thursday they had"); "could"
            // is as often the past of "can" ("could not be located Wednesday") as a conditional.
            case "might" or "until":
                return (1, 1);
            case "could":
                return (0, 0);
            case "soon" or "early" when c.Is(k - 1, "as") && c.Is(k + 1, "as"):
                return (1, 2);
            case "ll" when c.Is(k - 1, "'"):
                return (1, 2);
            case "going" when c.Is(k + 1, "to"):
                return (1, 2);

            // A reporting verb dates the expression only when the expression modifies it ("said
            // Friday", "told a news conference on Tuesday"); further away it belongs to the
            // reporting clause, and the reported clause may be about the future ("would be
            // admitted in March, an official said").
            case "said" or "says" or "say" or "told" or "added" or "stated":
                return distance <= 5 ? (-1, 2) : (0, 0);
            // A participle after "be" is a passive, whose tense is the auxiliary's ("would be held").
            case not ("been" or "was" or "were") when c.Is(k - 1, "be") && (w.EndsWith("ed", StringComparison.Ordinal) || w is "held" or "made" or "paid" or "sold" or "bought" or "led" or "lost" or "won" or "found" or "shot" or "struck" or "brought" or "left" or "met" or "spent"):
                return (0, 0);
            case "was" or "were" or "had" or "did" or "ago" or "last" or "earlier" or "been"
                or "brought" or "took" or "made" or "came" or "went" or "began" or "fell" or "rose" or "gave" or "got" or "left"
                or "met" or "paid" or "sold" or "bought" or "held" or "led" or "lost" or "won" or "saw" or "thought" or "found"
                or "became" or "grew" or "ran" or "spent" or "struck" or "shot" or "killed" or "since":
                return (-1, 2);
            default:
                // A past participle or past tense, but not a name ("United", "Ahmed").
                return w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !c.Token(k).Capitalized ? (-1, 2) : (0, 0);
        }
    }

    // Whether token k ends a sentence, past which no cue is read.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSentenceEnd(in TimeCursor c, int k)
    {
        var token = c.Token(k);
        if (token.Kind == TimeTokenKind.Break)
        {
            return true;
        }

        if (token.Kind != TimeTokenKind.Punct)
        {
            return false;
        }

        return c.Text(k) switch
        {
            "!" or "?" or ";" or "\"" or "\u201c" or "\u201d" => true,

            // A full stop after a short word ("Sept.", "p.m.", "U.S.") is an abbreviation.
            "." => k > 0 && c.Text(k - 1).Length > 3,
            _ => false,
        };
    }
}
