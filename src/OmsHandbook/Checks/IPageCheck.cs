using OmsHandbook.Core;

namespace OmsHandbook.Checks;

/// <summary>One rule every written page must keep, judged from the page alone.</summary>
public interface IPageCheck
{
    void Check(CheckedPage page, DiagnosticBag diagnostics);
}
