using NewsModel.Model;

namespace NewsModel.Tests.Reliability;

/// <summary>Every span of a model with the text it claims, if any, for checking against the article text.</summary>
internal static class ModelChecks
{
    public static IEnumerable<(string What, TextSpan Span, string? Text)> Spans(Article article)
    {
        static IEnumerable<(string, TextSpan, string?)> Segment(string what, TextSegment? segment) =>
            segment is null ? [] : [(what, segment.Span, segment.Text)];

        foreach (var s in Segment("headline", article.Headline).Concat(Segment("standfirst", article.Standfirst)).Concat(Segment("source", article.Source)))
        {
            yield return s;
        }

        foreach (var byline in article.Bylines)
        {
            yield return ("byline", byline.Span, byline.Text);
        }

        if (article.Dateline is { } dateline)
        {
            yield return ("dateline", dateline.Span, dateline.Text);
            foreach (var s in Segment("dateline place", dateline.Place).Concat(Segment("dateline agency", dateline.Agency)))
            {
                yield return s;
            }
        }

        foreach (var item in article.Media)
        {
            foreach (var s in Segment("media title", item.Title).Concat(Segment("media caption", item.Caption)).Concat(Segment("media credit", item.Credit)))
            {
                yield return s;
            }
        }

        foreach (var section in article.Sections)
        {
            foreach (var s in Segment("heading", section.Heading))
            {
                yield return s;
            }

            foreach (var paragraph in section.Paragraphs)
            {
                yield return ("paragraph", paragraph.Span, null);
            }
        }

        foreach (var sentence in article.Sentences)
        {
            yield return ("sentence", sentence.Span, null);
        }

        foreach (var actor in article.Actors)
        {
            foreach (var mention in actor.Mentions)
            {
                yield return ($"mention of {actor.Id}", mention.Span, mention.Text);
            }
        }

        foreach (var quote in article.Quotes)
        {
            yield return ($"quote {quote.Id}", quote.Span, quote.Text);
            if (quote.SpeakerMention is { } speaker)
            {
                yield return ($"speaker of {quote.Id}", speaker, null);
            }

            foreach (var s in Segment($"cue of {quote.Id}", quote.Cue))
            {
                yield return s;
            }
        }

        foreach (var time in article.Times)
        {
            yield return ($"time {time.Id}", time.Span, time.Text);
        }

        foreach (var e in article.Events)
        {
            yield return ($"event {e.Id}", e.Span, null);
            yield return ($"trigger of {e.Id}", e.Trigger.Span, e.Trigger.Text);
            if (e.Amount is { } amount)
            {
                yield return ($"amount of {e.Id}", amount.Span, amount.Text);
            }
        }
    }

    /// <summary>Every actor reference in the model: speakers, addressees, affiliations, participants, places.</summary>
    public static IEnumerable<(string What, ActorId Actor)> ActorReferences(Article article)
    {
        foreach (var actor in article.Actors)
        {
            if (actor.Affiliation is { } affiliation)
            {
                yield return ($"affiliation of {actor.Id}", affiliation);
            }
        }

        foreach (var quote in article.Quotes)
        {
            if (quote.Speaker is { } speaker)
            {
                yield return ($"speaker of {quote.Id}", speaker);
            }

            if (quote.Addressee is { } addressee)
            {
                yield return ($"addressee of {quote.Id}", addressee);
            }
        }

        foreach (var e in article.Events)
        {
            foreach (var participant in e.Participants)
            {
                yield return ($"participant of {e.Id}", participant.Actor);
            }

            if (e.Place is { } place)
            {
                yield return ($"place of {e.Id}", place);
            }
        }
    }
}
