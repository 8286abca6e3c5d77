using System.CommandLine;

namespace NewsModel.Cli.Commands;

/// <summary>
/// Options that take one of a few named values. The names are the ones the help and the
/// documentation use (lower case, any case accepted); a value that is none of them is one error
/// line that lists them, never the parser's exception.
/// </summary>
internal static class Choice
{
    public static Option<T> Option<T>(string name, string alias, string what, T defaultValue, IReadOnlyList<(string Name, T Value)> choices)
        where T : struct, Enum
    {
        var names = choices.Select(c => c.Name).ToArray();

        // The default is the enum's zero, so the option needs no default value of its own: help
        // would print it as the enum member's name rather than as the command line writes it.
        if (!EqualityComparer<T>.Default.Equals(defaultValue, default))
        {
            throw new ArgumentException($"the default of {name} must be the enum's first value", nameof(defaultValue));
        }

        var option = new Option<T>(name, alias)
        {
            HelpName = string.Join('|', names),
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                foreach (var (choiceName, value) in choices)
                {
                    if (string.Equals(token, choiceName, StringComparison.OrdinalIgnoreCase))
                    {
                        return value;
                    }
                }

                result.AddError($"{name}: '{token}' is not {what}; use {List(names)}");
                return defaultValue;
            },
        };
        option.CompletionSources.Add(names);
        return option;
    }

    /// <summary>The name a value is written with on the command line.</summary>
    public static string NameOf<T>(IReadOnlyList<(string Name, T Value)> choices, T value)
        where T : struct, Enum
        => choices.First(c => EqualityComparer<T>.Default.Equals(c.Value, value)).Name;

    /// <summary>"a, b or c".</summary>
    public static string List(IReadOnlyList<string> names)
        => names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";
}
