namespace OmsHandbook.Site;

/// <summary>
/// Adds markup at the end of a finished page's head, for what only some runs carry: the noindex tag
/// of deploy previews and the reload script of `serve`. Pages without a head are left as they are.
/// </summary>
public static class HeadMarkup
{
    public static string Append(string html, string markup)
    {
        var end = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html : string.Concat(html.AsSpan(0, end), markup, html.AsSpan(end));
    }
}
