using System.Globalization;

using NewsModel.Model;

using NodaTime;
using NodaTime.Text;

namespace NewsModel.Serialization;

// The reader's part for the scalar values (strings, ids, numbers, enums, dates) and the errors that point at their place.
internal ref partial struct ModelReader<TSource>
    where TSource : ITokenSource, allows ref struct
{
    private void Next() => this.source.Read();

    private long ExpectObject(string what)
    {
        if (this.Kind != TokenKind.StartObject)
        {
            throw this.TypeError("an object", what);
        }

        return this.Here;
    }

    private bool NextKey(out string key, out long mark)
    {
        this.Next();
        mark = this.Here;
        if (this.Kind == TokenKind.EndObject)
        {
            key = string.Empty;
            return false;
        }

        key = this.source.GetString();
        return true;
    }

    private bool StartList(string what)
    {
        this.Next();
        if (this.Kind == TokenKind.Null)
        {
            return false;
        }

        if (this.Kind != TokenKind.StartArray)
        {
            throw this.TypeError("a list", what);
        }

        return true;
    }

    private bool NextItem()
    {
        this.Next();
        return this.Kind != TokenKind.EndArray;
    }

    private string String(string what)
    {
        this.Next();
        return this.StringHere(what);
    }

    private string StringHere(string what) => this.Kind == TokenKind.String ? this.source.GetString() : throw this.TypeError("a string", what);

    private string? OptionalString(string what)
    {
        this.Next();
        return this.Kind == TokenKind.Null ? null : this.StringHere(what);
    }

    private string NewId(HashSet<string> ids, string what)
    {
        var id = this.String(what + " id");
        if (id.Length == 0)
        {
            throw this.Error(this.Here, $"the {what} id is empty");
        }

        if (!ids.Add(id))
        {
            throw this.Error(this.Here, $"duplicate {what} id {TextPosition.Excerpt(id)}");
        }

        return id;
    }

    private string? OptionalReference(IdKind kind, string what)
    {
        var id = this.OptionalString(what);
        if (id is not null)
        {
            this.references.Add(new Reference(kind, id, this.Here, what));
        }

        return id;
    }

    private int NonNegative(string what)
    {
        this.Next();
        if (this.Kind != TokenKind.Number || !this.source.TryGetInt32(out var value))
        {
            throw this.TypeError("an integer", what);
        }

        return value >= 0 ? value : throw this.Error(this.Here, $"the {what} is negative ({value})");
    }

    private decimal? OptionalDecimal(string what)
    {
        this.Next();
        if (this.Kind == TokenKind.Null)
        {
            return null;
        }

        return this.Kind == TokenKind.Number && this.source.TryGetDecimal(out var value) ? value : throw this.TypeError("a number", what);
    }

    private T Enum<T>(string what)
        where T : struct, Enum
    {
        this.Next();
        return this.EnumHere<T>(what);
    }

    private T? OptionalEnum<T>(string what)
        where T : struct, Enum
    {
        this.Next();
        return this.Kind == TokenKind.Null ? null : this.EnumHere<T>(what);
    }

    private T EnumHere<T>(string what)
        where T : struct, Enum
    {
        var text = this.StringHere(what);
        return EnumText<T>.TryParse(text, out var value)
            ? value
            : throw this.Error(this.Here, $"bad {what} {TextPosition.Excerpt(text)}: expected one of {EnumText<T>.Expected}");
    }

    private LocalDate? OptionalDate(string what)
    {
        this.Next();
        if (this.Kind == TokenKind.Null)
        {
            return null;
        }

        var text = this.StringHere(what);
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw this.Error(this.Here, $"bad {what} {TextPosition.Excerpt(text)}: expected an ISO date (yyyy-MM-dd)");
    }

    private void Once(ref int seen, int bit, string key, long mark, string context)
    {
        if ((seen & (1 << bit)) != 0)
        {
            throw this.Error(mark, $"duplicate key \"{key}\" in {context}");
        }

        seen |= 1 << bit;
    }

    private NewsModelException Unknown(string key, long mark, string context) =>
        this.Error(mark, $"unknown key {TextPosition.Excerpt(key)} in {context}");

    private NewsModelException Missing(string key, string context, long mark) =>
        this.Error(mark, $"missing key \"{key}\" in {context}");

    private NewsModelException TypeError(string expected, string what) =>
        this.Error(this.Here, $"the {what} must be {expected}, found {this.Describe()}");

    private NewsModelException Error(long mark, string message) => new(this.source.ErrorAt(mark, message));

    private string Describe() => this.Kind switch
    {
        TokenKind.StartObject => "an object",
        TokenKind.StartArray => "a list",
        TokenKind.String => "the string " + TextPosition.Excerpt(this.source.GetString()),
        TokenKind.Number => "the number " + this.source.GetString(),
        TokenKind.True => "true",
        TokenKind.False => "false",
        TokenKind.Null => "null",
        TokenKind.EndObject => "the end of an object",
        TokenKind.EndArray => "the end of a list",
        TokenKind.EndOfInput => "the end of the file",
        _ => this.Kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    private readonly record struct SpanCheck(TextSpan Span, string? Text, long Mark, string What);

    private readonly record struct Reference(IdKind Kind, string Id, long Mark, string What);
}
