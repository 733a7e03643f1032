using OmsHandbook.Checks;
using OmsHandbook.Search;

namespace OmsHandbook.Pipeline;

/// <summary>What one build keeps for the next by the same builder (the preview's), so a save re-does only what it changed.</summary>
public sealed class BuildCache
{
    public LoadCache Loads { get; } = new();

    public RenderCache Renders { get; } = new();

    public PageCache Pages { get; } = new();

    public SearchCache Search { get; } = new();

    public CheckCache Checks { get; } = new();
}
