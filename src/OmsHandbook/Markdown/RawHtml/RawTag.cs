using System.Net;
using System.Text.RegularExpressions;

namespace OmsHandbook.Markdown.RawHtml;

/// <summary>One raw HTML tag read strictly: its name, whether it closes, and its attributes with decoded values.</summary>
/// <param name="WellFormed">False when the text is not a plain tag with quoted or simple attribute values; such a tag is never allowed.</param>
public sealed partial record RawTag(string Name, bool IsClosing, bool IsComment, bool WellFormed, IReadOnlyList<(string Name, string Value)> Attributes)
{
    /// <summary>Reads the first tag of <paramref name="text"/> (an inline tag, or an HTML block's first line).</summary>
    public static RawTag Read(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("<!--", StringComparison.Ordinal))
        {
            return new RawTag("!--", false, true, false, []);
        }

        if (StrictTag().Match(trimmed) is { Success: true } strict)
        {
            var attributes = StrictAttribute().Matches(strict.Groups["attributes"].Value)
                .Select(m => (m.Groups["attr"].Value.ToLowerInvariant(), WebUtility.HtmlDecode(m.Groups["value"].Value)))
                .ToList();
            return new RawTag(strict.Groups["name"].Value.ToLowerInvariant(), strict.Groups["close"].Success, false, true, attributes);
        }

        // Not a tag this policy can read: still name what it looks like, for the message.
        var loose = LooseTag().Match(trimmed);
        var looseAttributes = LooseAttribute().Matches(loose.Success ? loose.Groups["rest"].Value : trimmed)
            .Select(m => (m.Groups["attr"].Value.ToLowerInvariant(), WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .ToList();
        return new RawTag(loose.Success ? loose.Groups["name"].Value.ToLowerInvariant() : "", loose.Success && loose.Groups["close"].Success, false, false, looseAttributes);
    }

    /// <summary>Every tag in a stretch of HTML, with its own text and the 0-based line it starts on.</summary>
    public static IEnumerable<(RawTag Tag, string Text, int Line)> All(string html)
    {
        var (line, counted) = (0, 0);
        foreach (Match match in AnyTag().Matches(html))
        {
            line += html.AsSpan(counted, match.Index - counted).Count('\n');
            counted = match.Index;
            yield return (Read(match.Value), match.Value, line);
        }
    }

    private const string AttributePattern = """(?<attr>[A-Za-z][A-Za-z0-9-]*)(?:\s*=\s*(?:"(?<value>[^"<>]*)"|'(?<value>[^'<>]*)'|(?<value>[A-Za-z0-9-]+)))?""";

    [GeneratedRegex("""^<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)(?<attributes>(?:\s+""" + AttributePattern + """)*)\s*/?>$""", RegexOptions.CultureInvariant)]
    private static partial Regex StrictTag();

    [GeneratedRegex(AttributePattern, RegexOptions.CultureInvariant)]
    private static partial Regex StrictAttribute();

    [GeneratedRegex("""^<(?<close>/)?\s*(?<name>[A-Za-z][A-Za-z0-9-]*)(?<rest>[\s\S]*)$""", RegexOptions.CultureInvariant)]
    private static partial Regex LooseTag();

    [GeneratedRegex("""(?<attr>[^\s"'<>/=]+)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s>]+))""", RegexOptions.CultureInvariant)]
    private static partial Regex LooseAttribute();

    [GeneratedRegex("""<!--[\s\S]*?(?:-->|$)|</?[A-Za-z][^>]*>?""", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
