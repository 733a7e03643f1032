using OmsHandbook.Pipeline;

namespace OmsHandbook.Checks;

/// <summary>Every image has an alt attribute, so screen-reader users are told what it shows.</summary>
public sealed class ImageAltCheck : IPageCheck
{
    public void Check(CheckedPage page, WrittenSite site, DiagnosticBag diagnostics)
    {
        foreach (var image in page.Document.QuerySelectorAll("img:not([alt])"))
        {
            diagnostics.Error(DiagnosticCodes.ImageWithoutAlt, page.At(image),
                $"image '{image.GetAttribute("src")}' has no alt text{page.FromSource}");
        }
    }
}
