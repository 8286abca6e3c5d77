namespace NewsModel.Model;

/// <summary>A picture's block in the article: its title line, its caption and its credit.</summary>
/// <param name="Title">The title line above the caption ("Maduro and Putin"), if any.</param>
/// <param name="Caption">The caption without the credit, if any.</param>
/// <param name="Credit">Who the picture is credited to ("Getty Images" from <c>[File: Getty Images]</c>), if any.</param>
public sealed record MediaItem(TextSegment? Title, TextSegment? Caption, TextSegment? Credit);

/// <summary>A paragraph of the body.</summary>
/// <param name="Span">The paragraph's text without its line ends or surrounding white space.</param>
public readonly record struct Paragraph(TextSpan Span);

/// <summary>A section of the body: an optional subheading and its paragraphs.</summary>
/// <param name="Heading">The subheading, trimmed; null for the first section when it has none.</param>
/// <param name="Paragraphs">The section's paragraphs in order.</param>
public sealed record Section(TextSegment? Heading, EquatableArray<Paragraph> Paragraphs);

/// <summary>A sentence of the body, headline or standfirst.</summary>
/// <param name="Span">The sentence's text, trimmed.</param>
public readonly record struct Sentence(TextSpan Span);

/// <summary>A word or punctuation token with its part of speech.</summary>
/// <param name="Span">Where it stands.</param>
/// <param name="Tag">Its Penn Treebank part-of-speech tag, such as <c>NNP</c> or <c>VBD</c>.</param>
public readonly record struct TaggedToken(TextSpan Span, string Tag);

/// <summary>The dateline that opens many wire stories: "MOSCOW (Reuters) -", "WASHINGTON —".</summary>
/// <param name="Text">The whole dateline with its dash.</param>
/// <param name="Span">Where it stands.</param>
/// <param name="Place">The place ("MOSCOW"), if any.</param>
/// <param name="Agency">The agency in brackets ("Reuters"), if any.</param>
public sealed record Dateline(string Text, TextSpan Span, TextSegment? Place, TextSegment? Agency);
