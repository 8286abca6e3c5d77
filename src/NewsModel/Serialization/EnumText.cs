using System.Runtime.CompilerServices;
using System.Text;

namespace NewsModel.Serialization;

/// <summary>
/// The kebab-case names of an enum's values ("MakeStatement" is "make-statement"), computed once
/// from the enum itself so that a value added to the model is serialized without a second list.
/// </summary>
/// <typeparam name="T">The enum, whose values must be 0, 1, 2... with an <see cref="int"/> base.</typeparam>
internal static class EnumText<T>
    where T : struct, Enum
{
    private static readonly Key[] Names = CreateNames();
    private static readonly Dictionary<string, T> Values = CreateValues();

    /// <summary>The accepted names, for error messages.</summary>
    public static string Expected { get; } = string.Join(", ", Names.Select(n => n.Text));

    /// <summary>The name of a value.</summary>
    /// <param name="value">A defined value.</param>
    /// <returns>Its name.</returns>
    public static Key Get(T value)
    {
        var index = Unsafe.BitCast<T, int>(value);
        if ((uint)index >= (uint)Names.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no value {index}.");
        }

        return Names[index];
    }

    /// <summary>Reads a name back.</summary>
    /// <param name="text">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string text, out T value) => Values.TryGetValue(text, out value);

    private static Key[] CreateNames()
    {
        if (Enum.GetUnderlyingType(typeof(T)) != typeof(int))
        {
            throw new InvalidOperationException($"{typeof(T).Name} must have an int base.");
        }

        var values = Enum.GetValues<T>();
        var names = new Key[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            // Indexing by value needs the values to be exactly 0..n-1, which every model enum is.
            if (Unsafe.BitCast<T, int>(values[i]) != i)
            {
                throw new InvalidOperationException($"{typeof(T).Name} values must be 0, 1, 2...");
            }

            names[i] = new Key(Kebab(values[i].ToString()));
        }

        return names;
    }

    private static Dictionary<string, T> CreateValues()
    {
        var values = new Dictionary<string, T>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            values.Add(Names[i].Text, Unsafe.BitCast<int, T>(i));
        }

        return values;
    }

    private static string Kebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
