using OmsHandbook.Pipeline;

namespace OmsHandbook.Checks;

/// <summary>
/// What the checks keep of one page once it is read: its ids and internal links, for the links
/// between pages, and what the page's own checks found. The page itself is not kept.
/// </summary>
public sealed record PageScan(string OutputPath, IReadOnlySet<string> Ids, IReadOnlyList<ResolvedLink> Links, IReadOnlyList<Diagnostic> Found, string FromSource);
