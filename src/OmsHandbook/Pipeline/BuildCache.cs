using OmsHandbook.Checks;
using OmsHandbook.Content;
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

    /// <summary>What the last build that succeeded loaded: the base of the preview's first look after a save.</summary>
    internal HandbookContent? LastGood { get; set; }
}
