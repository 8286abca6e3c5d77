using System.Text;
using System.Text.Json;

namespace NewsModel.Serialization;

/// <summary>
/// Tokens from <see cref="Utf8JsonReader"/>. The mark is the token's byte offset; line and column
/// are worked out from it only when an error is reported.
/// </summary>
internal ref struct JsonTokenSource : ITokenSource
{
    private readonly ReadOnlySpan<byte> utf8;
    private readonly int maxDepth;
    private Utf8JsonReader reader;

    public JsonTokenSource(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        this.utf8 = utf8;
        this.maxDepth = maxDepth;

        // One more level than the limit so that our own message, the same as YAML's, comes first.
        this.reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            MaxDepth = maxDepth + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        this.Kind = TokenKind.None;
    }

    public TokenKind Kind { get; private set; }

    public readonly long Mark => this.reader.TokenStartIndex;

    public void Read()
    {
        try
        {
            if (!this.reader.Read())
            {
                this.Kind = TokenKind.EndOfInput;
                return;
            }
        }
        catch (JsonException e)
        {
            throw new NewsModelException(this.FromJsonException(e));
        }

        this.Kind = this.reader.TokenType switch
        {
            JsonTokenType.StartObject => TokenKind.StartObject,
            JsonTokenType.EndObject => TokenKind.EndObject,
            JsonTokenType.StartArray => TokenKind.StartArray,
            JsonTokenType.EndArray => TokenKind.EndArray,
            JsonTokenType.PropertyName => TokenKind.PropertyName,
            JsonTokenType.String => TokenKind.String,
            JsonTokenType.Number => TokenKind.Number,
            JsonTokenType.True => TokenKind.True,
            JsonTokenType.False => TokenKind.False,
            JsonTokenType.Null => TokenKind.Null,
            _ => TokenKind.None,
        };

        if (this.Kind is TokenKind.StartObject or TokenKind.StartArray && this.reader.CurrentDepth >= this.maxDepth)
        {
            throw new NewsModelException(this.ErrorAt(this.Mark, $"the nesting is deeper than {this.maxDepth} levels"));
        }
    }

    public readonly string GetString()
    {
        if (this.Kind == TokenKind.Number)
        {
            return Encoding.UTF8.GetString(this.reader.ValueSpan);
        }

        try
        {
            return this.reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") has no UTF-16 string that System.Text.Json accepts.
            throw new NewsModelException(this.ErrorAt(this.Mark, "the string holds an invalid escape or a lone surrogate"));
        }
    }

    public readonly bool TryGetInt32(out int value) => this.reader.TryGetInt32(out value);

    public readonly bool TryGetDecimal(out decimal value) => this.reader.TryGetDecimal(out value);

    public readonly ParseError ErrorAt(long mark, string message) => TextPosition.ErrorAt(this.utf8, mark, message);

    private readonly ParseError FromJsonException(JsonException e)
    {
        // The reader counts lines from 0 and columns in bytes from 0; we report 1-based
        // characters like an editor does, so find the line's start and count from there.
        var line = e.LineNumber ?? 0;
        var lineStart = 0;
        for (long i = 0; i < line; i++)
        {
            var next = this.utf8[lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            lineStart += next + 1;
        }

        var offset = Math.Min(this.utf8.Length, lineStart + (int)Math.Min(e.BytePositionInLine ?? 0, int.MaxValue));
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        return TextPosition.ErrorAt(this.utf8, offset, "invalid JSON: " + TextPosition.OneLine(message));
    }
}
