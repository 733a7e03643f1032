namespace OmsHandbook.Pipeline;

/// <summary>A stage that needs the whole site at once: it takes what the stage before made, and the build's context.</summary>
public interface ISiteStage<in TIn, out TOut>
{
    TOut Run(TIn input, BuildContext context);
}
