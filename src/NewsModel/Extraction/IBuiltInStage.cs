namespace NewsModel.Extraction;

/// <summary>
/// A stage of this library, which keeps no reference to the articles it is given or returns: the
/// pipeline may let it set its results on an article the read alone holds (see
/// <see cref="ExtractionContext.Owns"/>).
/// </summary>
internal interface IBuiltInStage : IArticleStage
{
}
