using NewsModel.Lexicons;
using NewsModel.Model;

namespace NewsModel.Actors;

/// <summary>
/// Gatherings named by a description: "the annual diplomatic gathering", "the summit" after "the
/// United Nations General Assembly" or "the G20 Summit" mean that assembly, the last one named
/// within a few sentences.
/// </summary>
internal sealed partial class ActorFinder
{
    private const int MaxSentencesToGathering = 4;

    private readonly List<(TextSpan Span, int Sentence)> gatheringDescriptions = [];

    // Ignoring case: "the summit" refers back to the "G20 Summit". (The nouns are a class of word-classes.txt.)
    private bool IsGatheringNoun(ReadOnlySpan<char> word) => this.words.Is(word, WordClass.GatheringNoun);

    // "the" and up to two lower-case adjectives before a gathering noun.
    private void ReadGatheringDescription(int i)
    {
        var j = i - 1;
        while (j >= 0 && i - j <= 3 && this.tokens[j].Kind == Tokens.TokenKind.Word && char.IsLower(this.Word(j)[0]) && !this.IsWord(j, "the"))
        {
            j--;
        }

        if (j >= 0 && this.IsWord(j, "the") && !this.IsWord(i + 1, "of"))
        {
            var span = this.SpanOf(j, i + 1);
            this.gatheringDescriptions.Add((span, this.SentenceOf(span.Start)));
        }
    }

    private void ResolveGatherings()
    {
        foreach (var (span, sentence) in this.gatheringDescriptions)
        {
            ActorDraft? found = null;
            var foundAt = -1;
            foreach (var draft in this.drafts)
            {
                if (draft.Kind != ActorKind.Organization || !IsGatheringNoun(LastWord(draft.Name)))
                {
                    continue;
                }

                foreach (var mention in draft.Mentions)
                {
                    if (mention.Span.End <= span.Start && mention.Span.Start > foundAt && sentence - this.SentenceOf(mention.Span.Start) <= MaxSentencesToGathering)
                    {
                        found = draft;
                        foundAt = mention.Span.Start;
                    }
                }
            }

            found?.AddMention(Mention.InArticle(this.text, span, MentionKind.Description));
        }
    }

    private static ReadOnlySpan<char> LastWord(string name)
    {
        var space = name.LastIndexOf(' ');
        return space < 0 ? name : name.AsSpan(space + 1);
    }
}
