using OmsHandbook.Core;

namespace OmsHandbook.Checks;

/// <summary>Every page says its language, has a title and a meta description.</summary>
public sealed class MetadataCheck : IPageCheck
{
    public void Check(CheckedPage page, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(page.DisplayPath);
        if (string.IsNullOrWhiteSpace(page.Named("html").FirstOrDefault()?.Tag.Attribute("lang")))
        {
            diagnostics.Error(DiagnosticCodes.MissingPageMetadata, at, $"the page has no lang attribute on <html>{page.FromSource}");
        }

        if (string.IsNullOrWhiteSpace(page.Named("title").FirstOrDefault()?.Text))
        {
            diagnostics.Error(DiagnosticCodes.MissingPageMetadata, at, $"the page has no <title>{page.FromSource}");
        }

        var description = page.Named("meta").FirstOrDefault(m => m.Tag.Attribute("name") == "description");
        if (string.IsNullOrWhiteSpace(description?.Tag.Attribute("content")))
        {
            diagnostics.Error(DiagnosticCodes.MissingPageMetadata, at, $"the page has no meta description{page.FromSource}; set 'description:' in its front matter");
        }
    }
}
