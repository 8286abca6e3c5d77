namespace NewsModel.Export;

/// <summary>
/// Maps between the model's UTF-16 offsets and BRAT's offsets, which count Unicode code points
/// (brat is written in Python, whose strings index code points). The two differ only after a
/// character outside the Basic Multilingual Plane (an emoji), so a text without surrogates needs
/// no table.
/// </summary>
internal sealed class BratOffsets
{
    private readonly int[]? toCodePoint;
    private readonly int[]? toUtf16;

    public BratOffsets(string text)
    {
        this.TextLength = text.Length;
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            this.CodePointLength = text.Length;
            return;
        }

        this.toCodePoint = new int[text.Length + 1];
        var points = new List<int>(text.Length + 1);
        var index = 0;
        for (var i = 0; i < text.Length; i++)
        {
            this.toCodePoint[i] = index;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points.Add(i);
                i++;
                this.toCodePoint[i] = index; // the middle of a pair maps to its character
            }
            else
            {
                points.Add(i);
            }

            index++;
        }

        this.toCodePoint[text.Length] = index;
        points.Add(text.Length);
        this.toUtf16 = [.. points];
        this.CodePointLength = index;
    }

    /// <summary>The text's length in UTF-16 code units.</summary>
    public int TextLength { get; }

    /// <summary>The text's length in code points.</summary>
    public int CodePointLength { get; }

    public int ToBrat(int utf16) => this.toCodePoint is null ? utf16 : this.toCodePoint[utf16];

    public int ToUtf16(int codePoint) => this.toUtf16 is null ? codePoint : this.toUtf16[codePoint];
}
