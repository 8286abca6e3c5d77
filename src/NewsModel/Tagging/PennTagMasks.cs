namespace NewsModel.Tagging;

/// <summary>
/// Which of a part-of-speech model's tags (as indexes, one bit each) are of a word class the stages
/// ask about: a model of one's own may order or name its tags differently, so the classes are read
/// from its tag names (Penn Treebank conventions) rather than fixed indexes.
/// </summary>
/// <param name="Verbs">VB, VBD, VBG, VBN, VBP, VBZ.</param>
/// <param name="Nouns">NN, NNS (common nouns).</param>
/// <param name="ProperNouns">NNP, NNPS.</param>
/// <param name="Adjectives">JJ, JJR, JJS.</param>
/// <param name="Participles">VBN, VBG (also among <paramref name="Verbs"/>).</param>
/// <param name="Determiners">DT, PDT, PRP$, WP$, POS (the possessive 's) and CD: words that open a noun phrase.</param>
/// <param name="Prepositions">IN, TO.</param>
/// <param name="Adverbs">RB, RBR (with "not" and "n't"), not the superlative RBS ("most said").</param>
/// <param name="Modals">MD.</param>
internal readonly record struct PennTagMasks(ulong Verbs, ulong Nouns, ulong ProperNouns, ulong Adjectives, ulong Participles, ulong Determiners, ulong Prepositions, ulong Adverbs, ulong Modals)
{
    /// <summary>The masks of a model's tags.</summary>
    /// <param name="tags">The model's tags, by index (at most 64).</param>
    /// <returns>The masks.</returns>
    public static PennTagMasks Of(IReadOnlyList<string> tags)
    {
        ulong verbs = 0, nouns = 0, proper = 0, adjectives = 0, participles = 0, determiners = 0, prepositions = 0, adverbs = 0, modals = 0;
        for (var i = 0; i < tags.Count && i < 64; i++)
        {
            var bit = 1UL << i;
            switch (tags[i])
            {
                case "VBG" or "VBN":
                    verbs |= bit;
                    participles |= bit;
                    break;
                case "VB" or "VBD" or "VBP" or "VBZ":
                    verbs |= bit;
                    break;
                case "NN" or "NNS":
                    nouns |= bit;
                    break;
                case "NNP" or "NNPS":
                    proper |= bit;
                    break;
                case "JJ" or "JJR" or "JJS":
                    adjectives |= bit;
                    break;
                case "DT" or "PDT" or "PRP$" or "WP$" or "POS" or "CD":
                    determiners |= bit;
                    break;
                case "IN" or "TO":
                    prepositions |= bit;
                    break;
                case "RB" or "RBR":
                    adverbs |= bit;
                    break;
                case "MD":
                    modals |= bit;
                    break;
            }
        }

        return new PennTagMasks(verbs, nouns, proper, adjectives, participles, determiners, prepositions, adverbs, modals);
    }

    /// <summary>Whether a tag is in a mask.</summary>
    /// <param name="mask">The mask.</param>
    /// <param name="tag">The tag's index.</param>
    /// <returns>True when it is.</returns>
    public static bool Has(ulong mask, byte tag) => tag < 64 && (mask & (1UL << tag)) != 0;
}
