using System.Collections.Immutable;

using NewsModel.Lexicons;
using NewsModel.Model;

namespace NewsModel.Events;

/// <summary>One form of an event trigger: its words ("*" for a short gap) and what it names.</summary>
/// <param name="Words">The lower-case words; "*" stands for up to <see cref="EventLexicon.MaxGap"/> words.</param>
/// <param name="Kinds">The events it names: a type and CAMEO code (null for an extra) each; most forms name one.</param>
internal sealed record EventTrigger(ImmutableArray<string> Words, ImmutableArray<(EventType Type, string? Cameo)> Kinds);

/// <summary>A line of the trigger lexicon: a trigger for each of its forms.</summary>
/// <param name="Triggers">The triggers, in the line's order.</param>
internal sealed record EventTriggerLine(ImmutableArray<EventTrigger> Triggers);

/// <summary>
/// The trigger lexicon (cameo-verbs.txt): forms indexed by their first word, so that a lookup
/// at a token costs only the few forms that start with that word.
/// </summary>
internal sealed class EventLexicon
{
    /// <summary>The most words a "*" in a form stands for.</summary>
    public const int MaxGap = 3;

    private readonly IgnoreCaseMap<ImmutableArray<EventTrigger>> byFirstWord;

    // Most words of a text start no form: the filter answers for them without hashing the word.
    private readonly WordFilter firstWords;

    /// <summary>Indexes the lines of the lexicon, in priority order.</summary>
    /// <param name="lines">Each line's triggers: one per form, with the line's codes.</param>
    internal EventLexicon(ImmutableArray<EventTriggerLine> lines)
    {
        this.Lines = lines;
        var map = new Dictionary<string, List<EventTrigger>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var trigger in line.Triggers)
            {
                // When two lines share a form, the earlier one keeps it.
                if (!seen.Add(string.Join(' ', trigger.Words)))
                {
                    continue;
                }

                if (!map.TryGetValue(trigger.Words[0], out var list))
                {
                    map[trigger.Words[0]] = list = [];
                }

                list.Add(trigger);
            }
        }

        // Longest forms first, so the first match at a token is the one kept.
        this.byFirstWord = new IgnoreCaseMap<ImmutableArray<EventTrigger>>(map.Select(
            static p => KeyValuePair.Create(p.Key, p.Value.OrderByDescending(static t => t.Words.Length).ToImmutableArray())));
        this.firstWords = new WordFilter(this.byFirstWord.Map.Keys);
    }

    /// <summary>The triggers of the embedded lexicons.</summary>
    public static EventLexicon Default => LexiconSet.Default.EventTriggers;

    /// <summary>The lines it was made of, in priority order.</summary>
    public ImmutableArray<EventTriggerLine> Lines { get; }

    /// <summary>The forms that start with a word, longest first.</summary>
    /// <param name="word">The word, in any case.</param>
    /// <returns>The forms; empty when none.</returns>
    public ImmutableArray<EventTrigger> StartingWith(ReadOnlySpan<char> word)
        => this.firstWords.MayHold(word) && this.byFirstWord.TryGetValue(word, out var forms) ? forms : [];

    /// <summary>Reads a code column: a CAMEO code of two or three digits, or an extra's name.</summary>
    /// <param name="code">The column.</param>
    /// <returns>The type and CAMEO code, or null when the column is neither.</returns>
    internal static (EventType Type, string? Cameo)? ReadCode(string code)
    {
        switch (code)
        {
            case "election": return (EventType.Election, null);
            case "appointment": return (EventType.Appointment, null);
            case "claim-of-office": return (EventType.ClaimOfOffice, null);
            case "death": return (EventType.Death, null);
        }

        if (code.Length is < 2 or > 3 || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var root = ((code[0] - '0') * 10) + (code[1] - '0');
        if (root is < 1 or > 20)
        {
            return null;
        }

        // A code whose third digit is 0 is the root itself ("040" is "04").
        var cameo = code.Length == 3 && code[2] == '0' ? code[..2] : code;
        return ((EventType)(root - 1), cameo);
    }

    /// <summary>The key of a line: its first form, by which a line of one's own replaces one of the same form.</summary>
    internal static string KeyOf(EventTriggerLine line) => string.Join(' ', line.Triggers[0].Words);

    /// <summary>Reads one line: its codes, and one trigger per form.</summary>
    internal static EventTriggerLine ParseLine(LexiconLine line)
    {
        var codes = line.Required(0, "code").Split('+', StringSplitOptions.TrimEntries);
        var kinds = new (EventType Type, string? Cameo)[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            kinds[i] = ReadCode(codes[i]) ?? throw new LexiconFormatException($"'{codes[i]}' is neither a CAMEO code (01-20, two or three digits) nor an extra type");
        }

        var forms = line.List(1);
        if (forms.IsEmpty)
        {
            throw new LexiconFormatException("no forms");
        }

        var triggers = new EventTrigger[forms.Length];
        for (var i = 0; i < forms.Length; i++)
        {
            var words = forms[i].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words[0] == "*" || words[^1] == "*")
            {
                throw new LexiconFormatException($"'{forms[i]}': a form may not start or end with '*'");
            }

            triggers[i] = new EventTrigger([.. words], [.. kinds]);
        }

        return new EventTriggerLine([.. triggers]);
    }
}
