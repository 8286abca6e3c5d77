using System.Runtime.CompilerServices;

using NewsModel.Tokens;

namespace NewsModel.Tagging;

/// <summary>Yes-or-no facts about a token's characters.</summary>
[Flags]
internal enum TokenTraits : ushort
{
    None = 0,
    HasDigit = 1 << 0,
    HasHyphen = 1 << 1,
    HasUpper = 1 << 2,
    HasLower = 1 << 3,
    InitialUpper = 1 << 4,
    HasPeriod = 1 << 5,
    HasApostrophe = 1 << 6,
    HasLetter = 1 << 7,

    /// <summary>The atoms are complete (<see cref="TokenAtoms.Complete"/>), not the head alone.</summary>
    Complete = 1 << 15,
}

/// <summary>
/// The hashed strings of one token that feature templates combine (its word, lower-cased form,
/// affixes and shape), computed once per token so that every template, and every tagger run over
/// the same tokens, reuses them. Computing them allocates nothing. The head (word, lower-cased
/// form, kind, length) comes first and the rest on demand: a word whose scores a model caches
/// needs only its head.
/// </summary>
/// <remarks>
/// The lower-cased form and the affixes write every digit as 0, so that "1990" and "2011" share
/// them; the word keeps the exact form. A shape writes X for an upper-case letter, x for another
/// letter, d for a digit and keeps other characters: <see cref="Shape"/> writes a run of one kind
/// at most three times ("Xxxx", "dd", "X.X."), <see cref="ShortShape"/> once ("Xx", "d").
/// </remarks>
internal struct TokenAtoms
{
    /// <summary>The most prefix and suffix lengths the atoms hold.</summary>
    public const int AffixLengths = 4;

    private const int ShapeRun = 3;

    /// <summary>The exact form.</summary>
    public ulong Word;

    /// <summary>The lower-cased form, digits as 0.</summary>
    public ulong Lower;

    /// <summary>The lower-cased prefixes of 1 to 4 characters (the whole word when shorter).</summary>
    public Affixes Prefixes;

    /// <summary>The lower-cased suffixes of 1 to 4 characters (the whole word when shorter).</summary>
    public Affixes Suffixes;

    /// <summary>The shape with runs cut to three.</summary>
    public ulong Shape;

    /// <summary>The shape with runs cut to one.</summary>
    public ulong ShortShape;

    /// <summary>Facts about the characters.</summary>
    public TokenTraits Traits;

    /// <summary>The token's kind.</summary>
    public TokenKind Kind;

    /// <summary>The number of characters.</summary>
    public int Length;

    /// <summary>Computes the complete atoms of every token.</summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="atoms">One slot per token.</param>
    public static void Read(string text, ReadOnlySpan<Token> tokens, Span<TokenAtoms> atoms)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            atoms[i] = Of(text.AsSpan(tokens[i].Start, tokens[i].Span.Length), tokens[i].Kind);
        }
    }

    /// <summary>Computes the head atoms of every token (<see cref="Head"/>).</summary>
    /// <param name="text">The text the tokens are spans of.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="atoms">One slot per token.</param>
    public static void ReadHeads(string text, ReadOnlySpan<Token> tokens, Span<TokenAtoms> atoms)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            atoms[i] = Head(text.AsSpan(tokens[i].Start, tokens[i].Span.Length), tokens[i].Kind);
        }
    }

    /// <summary>The complete atoms of one token.</summary>
    /// <param name="word">Its characters.</param>
    /// <param name="kind">Its kind.</param>
    /// <returns>The atoms.</returns>
    public static TokenAtoms Of(ReadOnlySpan<char> word, TokenKind kind)
    {
        var atoms = Head(word, kind);
        atoms.Complete(word);
        return atoms;
    }

    /// <summary>
    /// The head atoms of one token: its word, lower-cased form, kind and length, which are all a
    /// frequent word whose scores the model caches needs; <see cref="Complete"/> adds the rest.
    /// </summary>
    /// <param name="word">Its characters.</param>
    /// <param name="kind">Its kind.</param>
    /// <returns>The atoms, not complete.</returns>
    public static TokenAtoms Head(ReadOnlySpan<char> word, TokenKind kind)
    {
        var atoms = default(TokenAtoms);
        var exact = FeatureHash.Start;
        var folds = false;
        foreach (var c in word)
        {
            var unified = Unified(c);
            exact = FeatureHash.Add(exact, unified);
            folds |= Folded(c) != unified;
        }

        // Most words are lower-case already: their lower-cased form hashes as the word does.
        var lower = exact;
        if (folds)
        {
            lower = FeatureHash.Start;
            foreach (var c in word)
            {
                lower = FeatureHash.Add(lower, Folded(c));
            }
        }

        atoms.Word = FeatureHash.Mix(exact);
        atoms.Lower = FeatureHash.Mix(lower);
        atoms.Kind = kind;
        atoms.Length = word.Length;
        return atoms;
    }

    /// <summary>Whether <see cref="Complete"/> has run.</summary>
    public readonly bool IsComplete => (this.Traits & TokenTraits.Complete) != 0;

    /// <summary>Adds the affixes, shapes and traits to head atoms (once; later calls do nothing).</summary>
    /// <param name="word">The token's characters.</param>
    public void Complete(ReadOnlySpan<char> word)
    {
        if (this.IsComplete)
        {
            return;
        }

        var lower = FeatureHash.Start;
        var shape = FeatureHash.Start;
        var shortShape = FeatureHash.Start;
        var traits = TokenTraits.Complete;
        var previousShape = '\0';
        var run = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (i < AffixLengths)
            {
                lower = FeatureHash.Add(lower, Folded(c));
                this.Prefixes[i] = FeatureHash.Mix(lower);
            }

            var s = ShapeOf(Unified(c), ref traits);
            run = s == previousShape ? run + 1 : 1;
            if (run == 1)
            {
                shortShape = FeatureHash.Add(shortShape, s);
            }

            if (run <= ShapeRun)
            {
                shape = FeatureHash.Add(shape, s);
            }

            previousShape = s;
        }

        for (var n = word.Length; n < AffixLengths; n++)
        {
            this.Prefixes[n] = FeatureHash.Mix(lower);
        }

        var suffix = FeatureHash.Start;
        for (var n = 0; n < AffixLengths; n++)
        {
            if (n < word.Length)
            {
                suffix = FeatureHash.Add(suffix, Folded(word[word.Length - 1 - n]));
            }

            this.Suffixes[n] = FeatureHash.Mix(suffix);
        }

        if (word.Length > 0 && char.IsUpper(word[0]))
        {
            traits |= TokenTraits.InitialUpper;
        }

        this.Shape = FeatureHash.Mix(shape);
        this.ShortShape = FeatureHash.Mix(shortShape);
        this.Traits = traits;
    }

    /// <summary>A code unit as the lower-cased atoms see it: lower case, and any digit as 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Folded(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c is >= '0' and <= '9' ? '0' : c;
        }

        return char.IsDigit(c) ? '0' : char.ToLowerInvariant(Unified(c));
    }

    /// <summary>
    /// A code unit with curly quote marks and apostrophes written straight: the training
    /// treebanks write "don't", the news "don’t", and both are one word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Unified(char c) => c switch
    {
        '\u2019' or '\u2018' => '\'',
        '\u201C' or '\u201D' or '\u201E' => '"',
        _ => c,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char ShapeOf(char c, ref TokenTraits traits)
    {
        if (c < 0x80)
        {
            switch (c)
            {
                case >= 'a' and <= 'z':
                    traits |= TokenTraits.HasLower | TokenTraits.HasLetter;
                    return 'x';
                case >= 'A' and <= 'Z':
                    traits |= TokenTraits.HasUpper | TokenTraits.HasLetter;
                    return 'X';
                case >= '0' and <= '9':
                    traits |= TokenTraits.HasDigit;
                    return 'd';
                case '-':
                    traits |= TokenTraits.HasHyphen;
                    return c;
                case '.':
                    traits |= TokenTraits.HasPeriod;
                    return c;
                case '\'':
                    traits |= TokenTraits.HasApostrophe;
                    return c;
                default:
                    return c;
            }
        }

        if (char.IsLetter(c))
        {
            var upper = char.IsUpper(c);
            traits |= TokenTraits.HasLetter | (upper ? TokenTraits.HasUpper : TokenTraits.HasLower);
            return upper ? 'X' : 'x';
        }

        if (char.IsDigit(c))
        {
            traits |= TokenTraits.HasDigit;
            return 'd';
        }

        if (c == '\u2011')
        {
            traits |= TokenTraits.HasHyphen;
        }

        return c;
    }

    /// <summary>Four affix atoms, of 1 to 4 characters.</summary>
    [InlineArray(AffixLengths)]
    public struct Affixes
    {
        private ulong first;
    }
}
