using Microsoft.AspNetCore.Components;

namespace OmsHandbook.Theme;

/// <summary>
/// Writes JSON-LD. Razor refuses script tags in components, and this one is data, not code:
/// the JSON arrives already serialised with '&lt;' escaped, so it cannot close the tag early.
/// </summary>
public static class StructuredData
{
    public static MarkupString ScriptTag(string json) => new("<script type=\"application/ld+json\">" + json + "</script>");
}
