namespace OmsHandbook.Pipeline;

/// <summary>What a build is doing now, so a fault can say where it happened.</summary>
/// <param name="beforeStage">Called as each stage starts (a test seam: a test throws from it).</param>
internal sealed class BuildProgress(Action<string>? beforeStage)
{
    /// <summary>The stage under way, in words that finish "the build stopped while …".</summary>
    public string Doing { get; private set; } = "starting";

    public void Now(string doing)
    {
        Doing = doing;
        beforeStage?.Invoke(doing);
    }
}
