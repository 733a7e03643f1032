using OmsHandbook.Theme.Models;

namespace OmsHandbook.Site;

/// <summary>A page ready for the layout: its URL, its view, and the input file it came from (for check messages).</summary>
public sealed record PageToRender(string UrlPath, PageView View, string? SourceFile);
