using System.Text.Json;

namespace NewsModel.Serialization;

/// <summary>
/// A property name or an enum value of the serialized form. It carries the JSON-encoded form
/// as well as the text so that the JSON writer never has to escape or transcode it again.
/// </summary>
internal sealed class Key
{
    public Key(string text)
    {
        this.Text = text;
        this.Json = JsonEncodedText.Encode(text);
    }

    /// <summary>The name as written.</summary>
    public string Text { get; }

    /// <summary>The name pre-encoded for <see cref="Utf8JsonWriter"/>.</summary>
    public JsonEncodedText Json { get; }

    public override string ToString() => this.Text;
}

/// <summary>The keys of <c>newsmodel/1</c>, in one place so both formats and the reader agree.</summary>
internal static class Keys
{
    public const string SchemaVersion = "newsmodel/1";

    public static readonly Key Schema = new("schema");
    public static readonly Key Article = new("article");
    public static readonly Key Id = new("id");
    public static readonly Key Text = new("text");
    public static readonly Key Published = new("published");
    public static readonly Key Url = new("url");
    public static readonly Key Headline = new("headline");
    public static readonly Key Standfirst = new("standfirst");
    public static readonly Key Bylines = new("bylines");
    public static readonly Key Dateline = new("dateline");
    public static readonly Key Place = new("place");
    public static readonly Key Agency = new("agency");
    public static readonly Key Source = new("source");
    public static readonly Key Media = new("media");
    public static readonly Key Title = new("title");
    public static readonly Key Caption = new("caption");
    public static readonly Key Credit = new("credit");
    public static readonly Key Sections = new("sections");
    public static readonly Key Heading = new("heading");
    public static readonly Key Paragraphs = new("paragraphs");
    public static readonly Key Sentences = new("sentences");
    public static readonly Key Span = new("span");
    public static readonly Key Start = new("start");
    public static readonly Key Length = new("length");
    public static readonly Key Actors = new("actors");
    public static readonly Key Tokens = new("tokens");
    public static readonly Key Tag = new("tag");
    public static readonly Key Name = new("name");
    public static readonly Key Kind = new("kind");
    public static readonly Key Roles = new("roles");
    public static readonly Key Affiliation = new("affiliation");
    public static readonly Key Mentions = new("mentions");
    public static readonly Key Quotes = new("quotes");
    public static readonly Key Speaker = new("speaker");
    public static readonly Key Parts = new("parts");
    public static readonly Key SpeakerMention = new("speakerMention");
    public static readonly Key Cue = new("cue");
    public static readonly Key Addressee = new("addressee");
    public static readonly Key Times = new("times");
    public static readonly Key Type = new("type");
    public static readonly Key Value = new("value");
    public static readonly Key Precision = new("precision");
    public static readonly Key End = new("end");
    public static readonly Key Mod = new("mod");
    public static readonly Key Events = new("events");
    public static readonly Key Cameo = new("cameo");
    public static readonly Key Trigger = new("trigger");
    public static readonly Key Participants = new("participants");
    public static readonly Key Actor = new("actor");
    public static readonly Key Role = new("role");
    public static readonly Key Time = new("time");
    public static readonly Key Modality = new("modality");
    public static readonly Key Amount = new("amount");
    public static readonly Key Currency = new("currency");
}
