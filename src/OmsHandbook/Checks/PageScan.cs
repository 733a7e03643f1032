using OmsHandbook.Core;

namespace OmsHandbook.Checks;

/// <summary>
/// What the checks keep of one page once it is read: its ids and its links to other pages (each
/// address once), for the links between pages, and what the page's own checks found (links within
/// the page included). The page itself is not kept.
/// </summary>
public sealed record PageScan(string OutputPath, IReadOnlySet<string> Ids, IReadOnlyList<ResolvedLink> Links, IReadOnlyList<Diagnostic> Found, string FromSource);
