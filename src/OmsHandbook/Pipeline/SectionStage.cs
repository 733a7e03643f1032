using OmsHandbook.Search;

namespace OmsHandbook.Pipeline;

/// <summary>Stage 4c (per page): splits a rendered page into the sections search shows as results.</summary>
public sealed class SectionStage : IPageStage<RenderedMarkdown, IReadOnlyList<PageSection>>
{
    public IReadOnlyList<PageSection> Run(RenderedMarkdown page, BuildContext context) => SectionSplitter.Split(page.Parsed.Document);
}
