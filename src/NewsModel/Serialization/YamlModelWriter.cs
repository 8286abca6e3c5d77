using System.Globalization;

using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsModel.Serialization;

/// <summary>
/// Writes the <c>newsmodel/1</c> tree as YAML through YamlDotNet's low-level <see cref="Emitter"/>.
/// This class, not the emitter, chooses each scalar's style, so that every string reads back
/// exactly and as a string: plain only for simple words, a literal block for multi-line text
/// that a literal block keeps exactly, double quotes (with escapes) for everything else.
/// </summary>
internal sealed class YamlModelWriter : IModelWriter
{
    // No line folding: a folded double-quoted scalar loses tabs and spaces next to the fold.
    private static readonly EmitterSettings Settings = new(
        bestIndent: 2,
        bestWidth: int.MaxValue,
        isCanonical: false,
        maxSimpleKeyLength: 1024,
        skipAnchorName: false,
        indentSequences: false,
        newLine: "\n",
        useUtf16SurrogatePairs: false);

    private readonly Emitter emitter;
    private int flowDepth;

    public YamlModelWriter(TextWriter output) => this.emitter = new Emitter(output, Settings);

    public void StartDocument()
    {
        this.emitter.Emit(new StreamStart());
        this.emitter.Emit(new DocumentStart());
    }

    public void EndDocument()
    {
        this.emitter.Emit(new DocumentEnd(isImplicit: true));
        this.emitter.Emit(new StreamEnd());
    }

    public void StartObject(bool compact = false)
    {
        var flow = compact || this.flowDepth > 0;
        if (flow)
        {
            this.flowDepth++;
        }

        this.emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, flow ? MappingStyle.Flow : MappingStyle.Block));
    }

    public void EndObject()
    {
        if (this.flowDepth > 0)
        {
            this.flowDepth--;
        }

        this.emitter.Emit(new MappingEnd());
    }

    public void StartArray()
    {
        if (this.flowDepth > 0)
        {
            this.flowDepth++;
        }

        this.emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, this.flowDepth > 0 ? SequenceStyle.Flow : SequenceStyle.Block));
    }

    public void EndArray()
    {
        if (this.flowDepth > 0)
        {
            this.flowDepth--;
        }

        this.emitter.Emit(new SequenceEnd());
    }

    public void Name(Key key) => this.Scalar(key.Text, ScalarStyle.Plain);

    public void String(string value) => this.Scalar(value, YamlScalars.StyleFor(value, inFlow: this.flowDepth > 0));

    // The YAML emitter takes strings only.
    public void String(ReadOnlySpan<char> value) => this.String(value.ToString());

    public void String(Key value) => this.Scalar(value.Text, YamlScalars.StyleFor(value.Text, inFlow: this.flowDepth > 0));

    public void Number(int value) => this.Scalar(value.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain);

    public void Number(decimal value) => this.Scalar(value.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain);

    public void Bool(bool value) => this.Scalar(value ? "true" : "false", ScalarStyle.Plain);

    public void Null() => this.Scalar("null", ScalarStyle.Plain);

    private void Scalar(string value, ScalarStyle style) =>
        this.emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: true, isQuotedImplicit: true));
}
