using System.Globalization;

using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsModel.Serialization;

/// <summary>
/// Tokens from YamlDotNet's <see cref="Parser"/> events. Keys of mappings become property names;
/// plain scalars are typed by YAML 1.2's core schema (null, booleans, numbers, else strings) and
/// quoted or block scalars are always strings. Anchors, aliases, explicit tags and a second
/// document are refused as soon as the parser reaches them, so alias bombs never expand.
/// Whatever the parser throws is a <see cref="NewsModelException"/> with the place it stopped.
/// The mark packs the event's 1-based line and column.
/// </summary>
internal sealed class YamlTokenSource : ITokenSource
{
    private const byte InSequence = 0;
    private const byte ExpectKey = 1;
    private const byte ExpectValue = 2;

    private static readonly string StockInvalidOperation = new InvalidOperationException().Message;

    private readonly Scanner scanner;
    private readonly Parser parser;
    private readonly int maxDepth;
    private readonly List<byte> containers = [];
    private bool seenDocument;
    private string text = string.Empty;

    public YamlTokenSource(TextReader input, int maxDepth)
    {
        // The scanner is kept to tell where the parser stopped when it throws something other than a YamlException.
        this.scanner = new Scanner(input);
        this.parser = new Parser(this.scanner);
        this.maxDepth = maxDepth;
    }

    public TokenKind Kind { get; private set; }

    public long Mark { get; private set; }

    public void Read()
    {
        while (true)
        {
            ParsingEvent current;
            try
            {
                if (!this.parser.MoveNext())
                {
                    this.Kind = TokenKind.EndOfInput;
                    return;
                }

                current = this.parser.Current!;
            }
            catch (YamlException e)
            {
                throw new NewsModelException(Error(e.Start, "invalid YAML: " + TextPosition.OneLine(Strip(e.Message))));
            }
#pragma warning disable CA1031 // Any exception from parsing a string is about the string: see below.
            catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                // Besides its own YamlException, YamlDotNet lets other exceptions out on some
                // malformed input: ArgumentException from an invalid global tag (TagName),
                // ArgumentOutOfRangeException from an escaped surrogate that is not half of a pair
                // or an escape over 0x7FFFFFFF (char.ConvertToUtf32, char.ConvertFromUtf32),
                // InvalidOperationException from a flow collection left open or under-indented
                // (Scanner.ScanPlainScalar), and possibly others not yet found. The parser reads
                // only a string already in memory, so none of them can come from an I/O failure:
                // every one is bad input. Only OutOfMemoryException, which says nothing of the
                // input, goes on; a stack overflow cannot be caught, and the parser keeps its
                // nesting on a heap stack rather than by recursion.
                throw new NewsModelException(Error(this.FailurePlace(), "invalid YAML: " + Describe(e)));
            }

            this.Mark = Pack(current.Start);
            switch (current)
            {
                case StreamStart or DocumentEnd or Comment:
                    continue;
                case DocumentStart:
                    if (this.seenDocument)
                    {
                        throw new NewsModelException(Error(current.Start, "a second YAML document; a model file holds exactly one"));
                    }

                    this.seenDocument = true;
                    continue;
                case StreamEnd:
                    this.Kind = TokenKind.EndOfInput;
                    return;
                case AnchorAlias alias:
                    throw new NewsModelException(Error(current.Start, $"YAML aliases are not allowed (*{alias.Value})"));
                case NodeEvent node when !node.Anchor.IsEmpty:
                    throw new NewsModelException(Error(current.Start, $"YAML anchors are not allowed (&{node.Anchor})"));
                case NodeEvent node when !node.Tag.IsEmpty:
                    throw new NewsModelException(Error(current.Start, $"explicit YAML tags are not allowed ({node.Tag})"));
                case MappingStart:
                    this.Open(ExpectKey, current.Start);
                    this.Kind = TokenKind.StartObject;
                    return;
                case SequenceStart:
                    this.Open(InSequence, current.Start);
                    this.Kind = TokenKind.StartArray;
                    return;
                case MappingEnd:
                    this.containers.RemoveAt(this.containers.Count - 1);
                    this.Kind = TokenKind.EndObject;
                    return;
                case SequenceEnd:
                    this.containers.RemoveAt(this.containers.Count - 1);
                    this.Kind = TokenKind.EndArray;
                    return;
                case Scalar scalar:
                    this.Kind = this.Classify(scalar);
                    return;
                default:
                    throw new NewsModelException(Error(current.Start, $"unexpected YAML event {current.GetType().Name}"));
            }
        }
    }

    public string GetString() => this.text;

    public bool TryGetInt32(out int value) => int.TryParse(this.text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public bool TryGetDecimal(out decimal value) => decimal.TryParse(this.text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public ParseError ErrorAt(long mark, string message) => new(message) { Line = (int)(mark >> 32), Column = (int)(mark & 0xFFFFFFFF) };

    private Mark FailurePlace()
    {
        // A token the scanner has handed over and the parser has not consumed is the one the
        // parser failed on (an invalid tag, say); with none, the scanner failed inside the next
        // token, where it stopped reading.
        return this.scanner.Current?.Start ?? this.scanner.CurrentPosition;
    }

    private static long Pack(Mark mark) => (Math.Clamp(mark.Line, 0, int.MaxValue) << 32) | Math.Clamp(mark.Column, 0, int.MaxValue);

    private static ParseError Error(Mark mark, string message) =>
        new(message) { Line = (int)Math.Clamp(mark.Line, 0, int.MaxValue), Column = (int)Math.Clamp(mark.Column, 0, int.MaxValue) };

    private static string Describe(Exception e)
    {
        // The BCL's messages name a parameter of YamlDotNet's code, which means nothing to the
        // reader of the file. The scanner's bare InvalidOperationException has only the BCL's
        // stock message, so it is told by that message and described from where it is thrown.
        var message = e switch
        {
            InvalidOperationException when e.GetType() == typeof(InvalidOperationException) && e.Message == StockInvalidOperation =>
                "a flow collection ({...} or [...]) left open, or a line of it indented less than the collection",
            ArgumentException { ParamName: { } name } argument => argument.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal),
            _ => e.Message,
        };
        return string.IsNullOrWhiteSpace(message) ? e.GetType().Name : TextPosition.OneLine(message);
    }

    private static string Strip(string message)
    {
        // YamlDotNet prefixes "(Line: 1, Col: 2, Idx: 1) - (Line: ...): "; we give the place ourselves.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && cut >= 0 ? message[(cut + 3)..] : message;
    }

    private void Open(byte state, Mark start)
    {
        if (this.TakeValueSlot(start))
        {
            throw new NewsModelException(Error(start, "a mapping key must be a string, not a mapping or a sequence"));
        }

        if (this.containers.Count >= this.maxDepth)
        {
            throw new NewsModelException(Error(start, $"the nesting is deeper than {this.maxDepth} levels"));
        }

        this.containers.Add(state);
    }

    private bool TakeValueSlot(Mark start)
    {
        // Tells whether the node now starting is a mapping key, and moves the mapping on.
        if (this.containers.Count == 0)
        {
            return false;
        }

        var top = this.containers.Count - 1;
        switch (this.containers[top])
        {
            case ExpectKey:
                this.containers[top] = ExpectValue;
                return true;
            case ExpectValue:
                this.containers[top] = ExpectKey;
                return false;
            default:
                return false;
        }
    }

    private TokenKind Classify(Scalar scalar)
    {
        this.text = scalar.Value;
        if (this.TakeValueSlot(scalar.Start))
        {
            return TokenKind.PropertyName;
        }

        if (scalar.Style != ScalarStyle.Plain)
        {
            return TokenKind.String;
        }

        if (YamlScalars.IsNull(this.text))
        {
            return TokenKind.Null;
        }

        if (YamlScalars.TryBool(this.text, out var value))
        {
            return value ? TokenKind.True : TokenKind.False;
        }

        return YamlScalars.IsNumber(this.text) ? TokenKind.Number : TokenKind.String;
    }
}
