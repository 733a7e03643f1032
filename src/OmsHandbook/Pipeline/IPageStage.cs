namespace OmsHandbook.Pipeline;

/// <summary>
/// A stage that works on one page, so each page streams through the page stages while what it is
/// made of is in hand; pages go through it in parallel, and it reports to the context it is given.
/// </summary>
public interface IPageStage<in TIn, out TOut>
{
    TOut Run(TIn page, BuildContext context);
}
