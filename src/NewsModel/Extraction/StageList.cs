using System.Collections.ObjectModel;

namespace NewsModel.Extraction;

/// <summary>
/// The ordered, editable list of stages in a <see cref="NewsPipelineBuilder"/>, with helpers to
/// place a stage relative to another by type (Markdig's <c>OrderedList</c> idiom).
/// </summary>
public sealed class StageList : Collection<IArticleStage>
{
    /// <summary>The first stage of type <typeparamref name="T"/>, or null.</summary>
    /// <typeparam name="T">The stage type.</typeparam>
    /// <returns>The stage, or null.</returns>
    public T? Find<T>()
        where T : class, IArticleStage => this.OfType<T>().FirstOrDefault();

    /// <summary>Whether a stage of type <typeparamref name="T"/> is in the list.</summary>
    /// <typeparam name="T">The stage type.</typeparam>
    /// <returns>True when it is.</returns>
    public bool Contains<T>()
        where T : class, IArticleStage => this.Find<T>() is not null;

    /// <summary>Inserts <paramref name="stage"/> just before the first stage of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The stage to insert before.</typeparam>
    /// <param name="stage">The new stage.</param>
    /// <returns>False when no stage of that type is in the list (nothing inserted).</returns>
    public bool InsertBefore<T>(IArticleStage stage)
        where T : class, IArticleStage
    {
        var index = this.IndexOfType<T>();
        if (index < 0)
        {
            return false;
        }

        this.Insert(index, stage);
        return true;
    }

    /// <summary>Inserts <paramref name="stage"/> just after the first stage of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The stage to insert after.</typeparam>
    /// <param name="stage">The new stage.</param>
    /// <returns>False when no stage of that type is in the list (nothing inserted).</returns>
    public bool InsertAfter<T>(IArticleStage stage)
        where T : class, IArticleStage
    {
        var index = this.IndexOfType<T>();
        if (index < 0)
        {
            return false;
        }

        this.Insert(index + 1, stage);
        return true;
    }

    /// <summary>Replaces the first stage of type <typeparamref name="T"/> with <paramref name="stage"/>.</summary>
    /// <typeparam name="T">The stage to replace.</typeparam>
    /// <param name="stage">The new stage.</param>
    /// <returns>False when no stage of that type is in the list (nothing replaced).</returns>
    public bool Replace<T>(IArticleStage stage)
        where T : class, IArticleStage
    {
        var index = this.IndexOfType<T>();
        if (index < 0)
        {
            return false;
        }

        this[index] = stage;
        return true;
    }

    /// <summary>Removes every stage of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The stage type.</typeparam>
    /// <returns>Whether any was removed.</returns>
    public bool RemoveAll<T>()
        where T : class, IArticleStage
    {
        var removed = false;
        for (var i = this.Count - 1; i >= 0; i--)
        {
            if (this[i] is T)
            {
                this.RemoveAt(i);
                removed = true;
            }
        }

        return removed;
    }

    /// <inheritdoc />
    protected override void InsertItem(int index, IArticleStage item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.InsertItem(index, item);
    }

    /// <inheritdoc />
    protected override void SetItem(int index, IArticleStage item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.SetItem(index, item);
    }

    private int IndexOfType<T>()
        where T : class, IArticleStage
    {
        for (var i = 0; i < this.Count; i++)
        {
            if (this[i] is T)
            {
                return i;
            }
        }

        return -1;
    }
}
