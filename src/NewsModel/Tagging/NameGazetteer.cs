namespace NewsModel.Tagging;

/// <summary>
/// The lexicons' names of two or more words as the name model sees them (the gazetteer features of
/// Ratinov &amp; Roth 2009): each name is a hashed key of its words' atoms in the model's
/// dictionary, with the classes of the lexicons that list it, and each of its shorter prefixes a
/// key marked <see cref="Prefix"/>, so that a match grows a word at a time and stops at the first
/// key the dictionary lacks. The keys live in the model file, as the single words' classes do:
/// a model matches the same names whatever lexicons the library running it has.
/// </summary>
internal static class NameGazetteer
{
    /// <summary>The most words of a name matched; longer names are left out.</summary>
    public const int MaxWords = 8;

    /// <summary>Class bit: a known person's name.</summary>
    public const byte Person = 1 << 0;

    /// <summary>Class bit: a known organisation.</summary>
    public const byte Organization = 1 << 1;

    /// <summary>Class bit: a country.</summary>
    public const byte Country = 1 << 2;

    /// <summary>Class bit: a place (a city or a region).</summary>
    public const byte Place = 1 << 3;

    /// <summary>Class bit: a demonym ("South Korean").</summary>
    public const byte Demonym = 1 << 4;

    /// <summary>Class bit: a title ("Prime Minister"), capitalised as before a name.</summary>
    public const byte Title = 1 << 5;

    /// <summary>The class bits a match reports (six, so that a class and a position fit a byte).</summary>
    public const byte Classes = Person | Organization | Country | Place | Demonym | Title;

    /// <summary>Marks a key that begins a longer name.</summary>
    public const byte Prefix = 1 << 7;

    /// <summary>Where a token stands in the name that covers it: the first of several words.</summary>
    public const byte Begin = 0;

    /// <summary>A word inside a name, neither first nor last.</summary>
    public const byte Inside = 1;

    /// <summary>The last of several words.</summary>
    public const byte Last = 2;

    /// <summary>The hash of a name's words so far, with one more word.</summary>
    /// <param name="hash">The hash of the words before (0 for none).</param>
    /// <param name="wordAtom">The next word's <see cref="TokenAtoms.Word"/> atom.</param>
    /// <returns>The hash.</returns>
    public static ulong Extend(ulong hash, ulong wordAtom) => FeatureHash.Mix((hash * 0x9E37_79B9_7F4A_7C15UL) ^ wordAtom);

    /// <summary>
    /// Whether a name may start at a token: only a word with a capital (or a digit) does, so that
    /// the lower-case words of running text cost no look-up; names are indexed the same way.
    /// </summary>
    /// <param name="atoms">The token's head atoms.</param>
    /// <returns>Whether it may.</returns>
    public static bool MayStart(in TokenAtoms atoms) => atoms.Word != atoms.Lower;

    /// <summary>
    /// Marks each token covered by a name of the dictionary of two or more words, the longest
    /// starting from the left:
    /// its classes times four plus its position (<see cref="Begin"/>...), 0 for none.
    /// Allocates nothing.
    /// </summary>
    /// <param name="dictionary">The model's dictionary.</param>
    /// <param name="atoms">The sentence's tokens' head atoms.</param>
    /// <param name="codes">One slot per token.</param>
    public static void Match(WordDictionary dictionary, ReadOnlySpan<TokenAtoms> atoms, Span<byte> codes)
    {
        var n = atoms.Length;
        codes[..n].Clear();
        var i = 0;
        while (i < n)
        {
            if (!MayStart(atoms[i]))
            {
                i++;
                continue;
            }

            var hash = 0UL;
            var length = 0;
            var classes = 0;
            for (var k = 1; k <= MaxWords && i + k <= n; k++)
            {
                hash = Extend(hash, atoms[i + k - 1].Word);
                var found = dictionary.FindPhrase(hash).Classes;
                if ((found & Classes) != 0 && k > 1)
                {
                    (length, classes) = (k, found & Classes);
                }

                if ((found & Prefix) == 0)
                {
                    break;
                }
            }

            if (length == 0)
            {
                i++;
                continue;
            }

            codes[i] = (byte)((classes << 2) | Begin);
            for (var k = 1; k < length - 1; k++)
            {
                codes[i + k] = (byte)((classes << 2) | Inside);
            }

            codes[i + length - 1] = (byte)((classes << 2) | Last);

            i += length;
        }
    }
}
