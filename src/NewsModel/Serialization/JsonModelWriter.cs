using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsModel.Serialization;

/// <summary>Writes the <c>newsmodel/1</c> tree as JSON through <see cref="Utf8JsonWriter"/>.</summary>
internal sealed class JsonModelWriter : IModelWriter
{
    private readonly Utf8JsonWriter writer;

    public JsonModelWriter(Utf8JsonWriter writer) => this.writer = writer;

    /// <summary>
    /// The writer options: relaxed escaping keeps non-ASCII text readable (it still escapes what
    /// JSON requires, so every string reads back exactly); "\n" line ends make the bytes the same
    /// on every platform; validation is skipped because <see cref="ModelWriter"/> is the only caller.
    /// </summary>
    /// <param name="indented">Indented or one line.</param>
    /// <returns>The options.</returns>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
        SkipValidation = true,
    };

    public void StartObject(bool compact = false) => this.writer.WriteStartObject();

    public void EndObject() => this.writer.WriteEndObject();

    public void StartArray() => this.writer.WriteStartArray();

    public void EndArray() => this.writer.WriteEndArray();

    public void Name(Key key) => this.writer.WritePropertyName(key.Json);

    public void String(string value) => this.writer.WriteStringValue(value);

    public void String(ReadOnlySpan<char> value) => this.writer.WriteStringValue(value);

    public void String(Key value) => this.writer.WriteStringValue(value.Json);

    public void Number(int value) => this.writer.WriteNumberValue(value);

    public void Number(decimal value) => this.writer.WriteNumberValue(value);

    public void Bool(bool value) => this.writer.WriteBooleanValue(value);

    public void Null() => this.writer.WriteNullValue();
}
