using AngleSharp.Dom;

namespace OmsHandbook.Checks;

/// <summary>An internal href or src: the output file it leads to (null when it climbs above the site's root) and its #fragment.</summary>
public sealed record ResolvedLink(IElement Element, string Reference, string? Target, string? Fragment);
