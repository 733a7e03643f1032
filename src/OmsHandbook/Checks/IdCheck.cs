using OmsHandbook.Core;

namespace OmsHandbook.Checks;

/// <summary>
/// No id appears twice on a page: a duplicate makes links and labels land in the wrong place. Ids
/// inside a template count too, because the page's script puts that content into the page.
/// </summary>
public sealed class IdCheck : IPageCheck
{
    public void Check(CheckedPage page, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in page.Elements)
        {
            if (element.Tag.Attribute("id") is { Length: > 0 } id && !seen.Add(id))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, page.At(element),
                    $"the id '{id}' appears more than once on the page{page.FromSource}; rename one of the headings");
            }
        }
    }
}
