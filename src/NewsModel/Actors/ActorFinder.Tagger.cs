using System.Runtime.InteropServices;

using NewsModel.Tagging;
using NewsModel.Tokens;

namespace NewsModel.Actors;

/// <summary>The name tagger's say in the rules: where the lexicons know nothing, it decides.</summary>
internal sealed partial class ActorFinder
{
    private const byte NoName = 0;

    private readonly NameTagger? nameTagger;

    // Per token of the block: the tagger's name type plus one (NoName outside every name), and
    // the name's first and last tokens; empty when there is no tagger.
    private byte[] taggedTypes = new byte[256];
    private int[] taggedStarts = new int[256];
    private int[] taggedEnds = new int[256];
    private NameSpan[] nameSpans = new NameSpan[256];

    // Whether the current block was tagged (there is a tagger).
    private bool blockTagged;

    /// <summary>Tags the block's names sentence by sentence, as the model was trained, on the read's part-of-speech tags.</summary>
    private void TagNames(System.Collections.Generic.List<Token> blockTokens, ReadOnlySpan<byte> partsOfSpeech)
    {
        this.blockTagged = this.nameTagger is not null;
        if (this.nameTagger is null)
        {
            return;
        }

        var count = blockTokens.Count;
        if (this.taggedTypes.Length < count)
        {
            var size = Math.Max(count, this.taggedTypes.Length * 2);
            this.taggedTypes = new byte[size];
            this.taggedStarts = new int[size];
            this.taggedEnds = new int[size];
            this.nameSpans = new NameSpan[size];
        }

        this.taggedTypes.AsSpan(0, count).Clear();
        var all = CollectionsMarshal.AsSpan(blockTokens);
        var start = 0;
        while (start < count)
        {
            // The tokens of one sentence; those outside every sentence go as runs between them.
            var sentence = this.SentenceOf(all[start].Start);
            var end = start + 1;
            while (end < count && this.SentenceOf(all[end].Start) == sentence)
            {
                end++;
            }

            var found = this.nameTagger.Find(this.text, all[start..end], partsOfSpeech.IsEmpty ? default : partsOfSpeech[start..end], this.nameSpans);
            for (var k = 0; k < found; k++)
            {
                var name = this.nameSpans[k];
                for (var t = start + name.Start; t < start + name.End; t++)
                {
                    this.taggedTypes[t] = (byte)(name.Type + 1);
                    this.taggedStarts[t] = start + name.Start;
                    this.taggedEnds[t] = start + name.End;
                }
            }

            start = end;
        }
    }

    // The tagger's type of token i, or null when it is outside every name (or there is no tagger).
    private NameType? TaggedType(int i) => this.blockTagged && this.taggedTypes[i] != NoName ? (NameType)(this.taggedTypes[i] - 1) : null;

    // Whether the tagger tags no token of [start, end) as (part of) a name.
    private bool TaggerSaysNoName(int start, int end)
    {
        if (!this.blockTagged)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (this.taggedTypes[k] != NoName)
            {
                return false;
            }
        }

        return true;
    }
}
