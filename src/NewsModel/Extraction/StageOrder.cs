using System.Collections.Immutable;

namespace NewsModel.Extraction;

/// <summary>
/// Whether stages can run in their order, from what each declares it needs, reads and provides.
/// </summary>
internal static class StageOrder
{
    /// <summary>The first thing wrong with the order, as a message naming the stages, or null.</summary>
    /// <param name="stages">The stages, in the order they run.</param>
    /// <returns>The message, or null when the order can work.</returns>
    public static string? Problem(ImmutableArray<IArticleStage> stages)
    {
        for (var i = 0; i < stages.Length; i++)
        {
            var stage = stages[i];
            foreach (var part in stage.Needs ?? [])
            {
                if (ProviderBefore(stages, i, part) < 0)
                {
                    var later = ProviderAfter(stages, i, part);
                    return later >= 0
                        ? $"{Name(stage)} needs the {part}, which {Name(stages[later])} provides after it: put {Name(stages[later])} before {Name(stage)}."
                        : $"{Name(stage)} needs the {part}, which no stage before it provides: add one before it{LibraryStage(part)}.";
                }
            }

            foreach (var part in stage.Reads ?? [])
            {
                if (ProviderBefore(stages, i, part) < 0 && ProviderAfter(stages, i, part) is var later and >= 0)
                {
                    return $"{Name(stage)} reads the {part}, which {Name(stages[later])} provides after it: put {Name(stages[later])} before {Name(stage)}.";
                }
            }
        }

        return null;
    }

    private static int ProviderBefore(ImmutableArray<IArticleStage> stages, int index, ArticlePart part)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (Provides(stages[j], part))
            {
                return j;
            }
        }

        return -1;
    }

    private static int ProviderAfter(ImmutableArray<IArticleStage> stages, int index, ArticlePart part)
    {
        for (var j = index + 1; j < stages.Length; j++)
        {
            if (Provides(stages[j], part))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool Provides(IArticleStage stage, ArticlePart part) => stage.Provides?.Contains(part) == true;

    private static string Name(IArticleStage stage) => stage.GetType().Name;

    // The builder method that adds the library's stage for a part, for the message.
    private static string LibraryStage(ArticlePart part) =>
        BuilderMethods.TryGetValue(part, out var method) ? $" ({nameof(NewsPipelineBuilder)}.{method} adds the library's)" : string.Empty;

    private static readonly ImmutableDictionary<ArticlePart, string> BuilderMethods = new Dictionary<ArticlePart, string>
    {
        [ArticlePart.Layout] = nameof(NewsPipelineBuilder.UseLayout),
        [ArticlePart.Sentences] = nameof(NewsPipelineBuilder.UseSentences),
        [ArticlePart.PartsOfSpeech] = nameof(NewsPipelineBuilder.UsePartOfSpeech),
        [ArticlePart.Actors] = nameof(NewsPipelineBuilder.UseActors),
        [ArticlePart.Times] = nameof(NewsPipelineBuilder.UseTimes),
        [ArticlePart.Quotes] = nameof(NewsPipelineBuilder.UseQuotes),
        [ArticlePart.Coreference] = nameof(NewsPipelineBuilder.UseCoreference),
        [ArticlePart.Events] = nameof(NewsPipelineBuilder.UseEvents),
    }.ToImmutableDictionary();
}
