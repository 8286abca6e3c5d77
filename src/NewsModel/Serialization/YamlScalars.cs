using YamlDotNet.Core;

namespace NewsModel.Serialization;

/// <summary>
/// How YAML scalars are written and typed. The rules are deliberately narrower than YAML allows:
/// what is written plain can only be read as a string, by us and by YAML 1.1 readers such as
/// PyYAML ("yes", "no", "on" are booleans there), and plain scalars read back follow YAML 1.2's
/// core schema (null, true/false, numbers).
/// </summary>
internal static class YamlScalars
{
    /// <summary>Chooses a style that reads back exactly <paramref name="value"/>, as a string.</summary>
    /// <param name="value">The string.</param>
    /// <param name="inFlow">Whether the scalar stands inside a flow collection (no block scalars there).</param>
    /// <returns>The style.</returns>
    public static ScalarStyle StyleFor(string value, bool inFlow)
    {
        if (IsSafePlain(value))
        {
            return ScalarStyle.Plain;
        }

        return !inFlow && IsSafeLiteral(value) ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted;
    }

    /// <summary>
    /// Whether a string may be written plain: it starts with a letter, holds only letters, digits,
    /// spaces and <c>-_.'()/</c>, does not end with a space and is no YAML 1.1 null or boolean word.
    /// </summary>
    /// <param name="value">The string.</param>
    /// <returns>True when plain style reads back as the same string.</returns>
    public static bool IsSafePlain(string value)
    {
        if (value.Length == 0 || value.Length > 200 || !char.IsLetter(value[0]) || value[^1] == ' ' || IsReservedWord(value))
        {
            return false;
        }

        foreach (var c in value)
        {
            var ok = char.IsAsciiLetterOrDigit(c)
                || c is ' ' or '-' or '_' or '.' or '\'' or '(' or ')' or '/'
                || (c >= '\u00C0' && !char.IsSurrogate(c) && char.IsLetterOrDigit(c));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a multi-line string reads back exactly from a literal block: only "\n" line ends,
    /// printable characters without tabs, no space at the end of a line, and a first line that
    /// starts with neither a space nor a line end (so no indentation indicator is needed).
    /// </summary>
    /// <param name="value">The string.</param>
    /// <returns>True when a literal block is exact.</returns>
    public static bool IsSafeLiteral(string value)
    {
        if (value.Length < 2 || value[0] is ' ' or '\n' || value[^1] == ' ' || !value.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\n')
            {
                if (value[i - 1] == ' ')
                {
                    return false;
                }

                continue;
            }

            if (c is >= ' ' and <= '~' || (c >= '\u00A0' && c <= '\uD7FF' && c is not '\u2028' and not '\u2029') || (c >= '\uE000' && c <= '\uFFFD' && c != '\uFEFF'))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>Whether a plain scalar is YAML's null (<c>~</c>, <c>null</c> or nothing).</summary>
    /// <param name="value">The scalar.</param>
    /// <returns>True for null.</returns>
    public static bool IsNull(string value) => value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Reads a plain scalar as a YAML 1.2 core boolean.</summary>
    /// <param name="value">The scalar.</param>
    /// <param name="result">The boolean.</param>
    /// <returns>Whether it is one.</returns>
    public static bool TryBool(string value, out bool result)
    {
        result = value is "true" or "True" or "TRUE";
        return result || value is "false" or "False" or "FALSE";
    }

    /// <summary>Whether a plain scalar is a number: <c>-?digits(.digits)?([eE][+-]?digits)?</c>.</summary>
    /// <param name="value">The scalar.</param>
    /// <returns>True for a number.</returns>
    public static bool IsNumber(string value)
    {
        var i = 0;
        if (i < value.Length && value[i] is '-' or '+')
        {
            i++;
        }

        var digits = SkipDigits(value, ref i);
        if (digits == 0)
        {
            return false;
        }

        if (i < value.Length && value[i] == '.')
        {
            i++;
            if (SkipDigits(value, ref i) == 0)
            {
                return false;
            }
        }

        if (i < value.Length && value[i] is 'e' or 'E')
        {
            i++;
            if (i < value.Length && value[i] is '-' or '+')
            {
                i++;
            }

            if (SkipDigits(value, ref i) == 0)
            {
                return false;
            }
        }

        return i == value.Length;
    }

    private static int SkipDigits(string value, ref int i)
    {
        var start = i;
        while (i < value.Length && char.IsAsciiDigit(value[i]))
        {
            i++;
        }

        return i - start;
    }

    private static bool IsReservedWord(string value)
    {
        // YAML 1.1 booleans and nulls, any case: quoting them costs two characters and saves
        // every YAML 1.1 reader from turning a role or a name into a boolean.
        if (value.Length > 5)
        {
            return false;
        }

        Span<char> lower = stackalloc char[5];
        var length = value.AsSpan().ToLowerInvariant(lower);
        return lower[..length] is "y" or "n" or "yes" or "no" or "on" or "off" or "true" or "false" or "null";
    }
}
