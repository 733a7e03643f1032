using OmsHandbook.Checks;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Stage 7 (per page): reads a laid-out page for the checks (ids, headings, metadata, image text, links
/// within the page) while its bytes are in hand. The links between pages wait for the barrier after
/// the last page (<see cref="SiteChecker.Finish"/>).
/// </summary>
public sealed class CheckStage(SiteChecker checker) : IPageStage<LaidOutPage, PageScan>
{
    public PageScan Run(LaidOutPage page, BuildContext context) =>
        checker.AddPage(page.OutputPath, page.Html, page.Bytes, page.SourceFile, page.Key);
}
