using OmsHandbook.Core;

namespace OmsHandbook.Checks;

/// <summary>Every image has an alt attribute, so screen-reader users are told what it shows.</summary>
public sealed class ImageAltCheck : IPageCheck
{
    public void Check(CheckedPage page, DiagnosticBag diagnostics)
    {
        foreach (var image in page.Named("img").Where(i => !i.Tag.Has("alt")))
        {
            diagnostics.Error(DiagnosticCodes.ImageWithoutAlt, page.At(image),
                $"image '{image.Tag.Attribute("src")}' has no alt text{page.FromSource}");
        }
    }
}
