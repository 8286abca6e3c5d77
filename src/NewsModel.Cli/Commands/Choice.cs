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
        var option = new Option<T>(name, alias)
        {
            HelpName = string.Join('|', names),
            DefaultValueFactory = _ => defaultValue,
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
