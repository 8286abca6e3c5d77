namespace NewsModel.Serialization;

/// <summary>
/// The few calls the <c>newsmodel/1</c> mapping needs from a format. <see cref="ModelWriter"/>
/// maps the model once over this interface; JSON and YAML each implement it over their own
/// low-level writer, so the two formats cannot drift apart.
/// </summary>
internal interface IModelWriter
{
    /// <summary>Starts an object.</summary>
    /// <param name="compact">A hint that the object is small (a span): YAML writes it on one line.</param>
    void StartObject(bool compact = false);

    /// <summary>Ends the current object.</summary>
    void EndObject();

    /// <summary>Starts an array.</summary>
    void StartArray();

    /// <summary>Ends the current array.</summary>
    void EndArray();

    /// <summary>Writes the name of the next property.</summary>
    /// <param name="key">The name.</param>
    void Name(Key key);

    /// <summary>Writes a string that must read back exactly.</summary>
    /// <param name="value">The string.</param>
    void String(string value);

    /// <summary>Writes a string value from its characters (a part of the article's text).</summary>
    /// <param name="value">The characters.</param>
    void String(ReadOnlySpan<char> value);

    /// <summary>Writes a string known to be a simple word (an enum name).</summary>
    /// <param name="value">The string.</param>
    void String(Key value);

    /// <summary>Writes an integer.</summary>
    /// <param name="value">The number.</param>
    void Number(int value);

    /// <summary>Writes a decimal number.</summary>
    /// <param name="value">The number.</param>
    void Number(decimal value);

    /// <summary>Writes a boolean.</summary>
    /// <param name="value">The value.</param>
    void Bool(bool value);

    /// <summary>Writes null.</summary>
    void Null();
}
