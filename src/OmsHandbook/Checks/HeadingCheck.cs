using OmsHandbook.Core;

namespace OmsHandbook.Checks;

/// <summary>Exactly one h1, and heading levels never skip (h2 then h4), so the outline makes sense to screen readers.</summary>
public sealed class HeadingCheck : IPageCheck
{
    public void Check(CheckedPage page, DiagnosticBag diagnostics)
    {
        var headings = page.Elements.Where(e => !e.InTemplate && e.Tag.HeadingLevel > 0).ToList();
        var h1Count = headings.Count(h => h.Tag.HeadingLevel == 1);
        if (h1Count != 1)
        {
            diagnostics.Error(DiagnosticCodes.WrongH1Count, SourceLocation.StartOf(page.DisplayPath),
                $"the page has {h1Count} h1 headings but must have exactly one{page.FromSource}; start page headings at '##'");
        }

        var previous = 0;
        foreach (var heading in headings)
        {
            var level = heading.Tag.HeadingLevel;
            if (previous > 0 && level > previous + 1)
            {
                diagnostics.Error(DiagnosticCodes.SkippedHeadingLevel, page.At(heading),
                    $"heading '{heading.Text}' is an h{level} straight after an h{previous}{page.FromSource}; do not skip heading levels");
            }

            previous = level;
        }
    }
}
