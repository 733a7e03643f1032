using OmsHandbook.Core;

namespace OmsHandbook.Checks;

/// <summary>An internal href or src: the output file it leads to (null when it climbs above the site's root), its #fragment, and where it is written.</summary>
public sealed record ResolvedLink(string Reference, string? Target, string? Fragment, SourceLocation Location);
