using OmsHandbook.Pipeline;

namespace OmsHandbook.Checks;

/// <summary>One rule every written page must keep.</summary>
public interface IPageCheck
{
    void Check(CheckedPage page, WrittenSite site, DiagnosticBag diagnostics);
}
