using OmsHandbook.Pipeline;

namespace OmsHandbook.Checks;

/// <summary>Exactly one h1, and heading levels never skip (h2 then h4), so the outline makes sense to screen readers.</summary>
public sealed class HeadingCheck : IPageCheck
{
    public void Check(CheckedPage page, WrittenSite site, DiagnosticBag diagnostics)
    {
        var headings = page.Document.QuerySelectorAll("h1, h2, h3, h4, h5, h6");
        var h1Count = headings.Count(h => h.LocalName == "h1");
        if (h1Count != 1)
        {
            diagnostics.Error(DiagnosticCodes.WrongH1Count, SourceLocation.StartOf(page.DisplayPath),
                $"the page has {h1Count} h1 headings but must have exactly one{page.FromSource}; start page headings at '##'");
        }

        var previous = 0;
        foreach (var heading in headings)
        {
            var level = heading.LocalName[1] - '0';
            if (previous > 0 && level > previous + 1)
            {
                diagnostics.Error(DiagnosticCodes.SkippedHeadingLevel, page.At(heading),
                    $"heading '{heading.TextContent.Trim()}' is an h{level} straight after an h{previous}{page.FromSource}; do not skip heading levels");
            }

            previous = level;
        }
    }
}
