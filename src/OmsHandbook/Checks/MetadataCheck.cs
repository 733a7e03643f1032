using OmsHandbook.Pipeline;

namespace OmsHandbook.Checks;

/// <summary>Every page says its language, has a title and a meta description.</summary>
public sealed class MetadataCheck : IPageCheck
{
    public void Check(CheckedPage page, WrittenSite site, DiagnosticBag diagnostics)
    {
        var document = page.Document;
        var at = SourceLocation.StartOf(page.DisplayPath);
        if (string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang")))
        {
            diagnostics.Error(DiagnosticCodes.MissingPageMetadata, at, $"the page has no lang attribute on <html>{page.FromSource}");
        }

        if (string.IsNullOrWhiteSpace(document.Title))
        {
            diagnostics.Error(DiagnosticCodes.MissingPageMetadata, at, $"the page has no <title>{page.FromSource}");
        }

        if (string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")?.GetAttribute("content")))
        {
            diagnostics.Error(DiagnosticCodes.MissingPageMetadata, at, $"the page has no meta description{page.FromSource}; set 'description:' in its front matter");
        }
    }
}
