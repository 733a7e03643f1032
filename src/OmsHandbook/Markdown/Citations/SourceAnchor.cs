using System.Globalization;

namespace OmsHandbook.Markdown.Citations;

/// <summary>The fragment id of an entry in a page's "Sources" list.</summary>
public static class SourceAnchor
{
    public static string For(int number) => "source-" + number.ToString(CultureInfo.InvariantCulture);
}
