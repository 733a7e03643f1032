using System.Collections.Frozen;
using System.Net;

namespace OmsHandbook.Html;

/// <summary>
/// Reads the tags of a page the generator wrote, in one forward pass and without building a tree.
/// The pages are our own well-formed output, so this need not repair broken markup as a browser's
/// parser does; it skips comments, doctypes and the text of script and style, as HTML does.
/// Building DOM trees for every page was two thirds of a large build's time and most of its memory.
/// </summary>
public static class HtmlTagReader
{
    // Tag and attribute names the theme and Markdig write, shared rather than allocated per tag.
    private static readonly FrozenSet<string> KnownNames = FrozenSet.ToFrozenSet(
    [
        "a", "abbr", "alt", "aria-controls", "aria-current", "aria-describedby", "aria-hidden", "aria-label", "aria-labelledby",
        "article", "aside", "blockquote", "body", "br", "button", "charset", "class", "code", "content", "datetime", "dd",
        "details", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "height", "hidden", "hr", "href", "html", "id", "img", "input", "label", "lang", "li", "link", "main", "mark",
        "meta", "name", "nav", "ol", "p", "popover", "popovertarget", "pre", "rel", "role", "script", "section", "small", "source",
        "span", "src", "start", "strong", "summary", "sup", "table", "tabindex", "tbody", "td", "template", "th", "thead", "time",
        "title", "tr", "type", "ul", "width",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Known = KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<HtmlTag> Read(string html)
    {
        var position = 0;
        var line = 1;
        var lineStart = 0;
        while (true)
        {
            var open = html.IndexOf('<', position);
            if (open < 0 || open + 1 >= html.Length)
            {
                yield break;
            }

            CountLines(html, position, open, ref line, ref lineStart);
            position = open + 1;
            var next = html[position];
            if (next == '!')
            {
                var close = html.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal) ? IndexAfter(html, "-->", open + 4) : IndexAfter(html, ">", open);
                CountLines(html, open, close, ref line, ref lineStart);
                position = close;
                continue;
            }

            var isEnd = next == '/';
            var nameStart = isEnd ? position + 1 : position;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                continue; // a '<' in text, which our pages escape; read on as a browser would
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            var name = Name(html.AsSpan(nameStart, nameEnd - nameStart));
            var end = ReadAttributes(html, nameEnd, null);
            var tag = new HtmlTag(html, name, isEnd, open, end, line, open - lineStart + 1, nameEnd);
            CountLines(html, open, end, ref line, ref lineStart);
            position = end;
            yield return tag;

            if (!isEnd && name is "script" or "style")
            {
                // Raw text: nothing inside is a tag.
                var closing = html.IndexOf("</" + name, position, StringComparison.OrdinalIgnoreCase);
                var stop = closing < 0 ? html.Length : closing;
                CountLines(html, position, stop, ref line, ref lineStart);
                position = stop;
            }
        }
    }

    /// <summary>The words between two offsets, without the tags among them and with entities decoded, e.g. a heading's text.</summary>
    public static string Text(string html, int start, int end)
    {
        var text = new System.Text.StringBuilder(end - start);
        var position = start;
        while (position < end)
        {
            var open = html.IndexOf('<', position, end - position);
            if (open < 0)
            {
                text.Append(html, position, end - position);
                break;
            }

            text.Append(html, position, open - position);
            var close = html.IndexOf('>', open, end - open);
            position = close < 0 ? end : close + 1;
        }

        return WebUtility.HtmlDecode(text.ToString());
    }

    /// <summary>The attributes of the tag whose name ends at <paramref name="position"/>.</summary>
    internal static IReadOnlyList<HtmlAttribute> ReadAttributes(string html, int position)
    {
        var attributes = new List<HtmlAttribute>();
        ReadAttributes(html, position, attributes);
        return attributes;
    }

    /// <param name="attributes">Where to add them; null only finds where the tag ends.</param>
    /// <returns>The offset just after the tag's '&gt;'.</returns>
    private static int ReadAttributes(string html, int position, List<HtmlAttribute>? attributes)
    {
        while (position < html.Length)
        {
            var c = html[position];
            if (c == '>')
            {
                return position + 1;
            }

            if (char.IsWhiteSpace(c) || c == '/')
            {
                position++;
                continue;
            }

            var nameStart = position;
            while (position < html.Length && html[position] is not ('=' or '>' or '/') && !char.IsWhiteSpace(html[position]))
            {
                position++;
            }

            var nameEnd = position;
            while (position < html.Length && char.IsWhiteSpace(html[position]))
            {
                position++;
            }

            if (position >= html.Length || html[position] != '=')
            {
                attributes?.Add(new HtmlAttribute(Name(html.AsSpan(nameStart, nameEnd - nameStart)), ""));
                continue;
            }

            position++;
            while (position < html.Length && char.IsWhiteSpace(html[position]))
            {
                position++;
            }

            int valueStart, valueEnd;
            if (position < html.Length && html[position] is '"' or '\'')
            {
                var quote = html[position];
                var close = html.IndexOf(quote, position + 1);
                close = close < 0 ? html.Length : close;
                (valueStart, valueEnd) = (position + 1, close);
                position = Math.Min(close + 1, html.Length);
            }
            else
            {
                valueStart = position;
                while (position < html.Length && html[position] != '>' && !char.IsWhiteSpace(html[position]))
                {
                    position++;
                }

                valueEnd = position;
            }

            if (attributes is not null)
            {
                var raw = html[valueStart..valueEnd];
                attributes.Add(new HtmlAttribute(Name(html.AsSpan(nameStart, nameEnd - nameStart)), raw.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(raw) : raw));
            }
        }

        return html.Length;
    }

    private static string Name(ReadOnlySpan<char> span)
    {
        Span<char> lower = stackalloc char[Math.Min(span.Length, 64)];
        if (span.Length > lower.Length)
        {
            return span.ToString().ToLowerInvariant();
        }

        span.ToLowerInvariant(lower);
        return Known.TryGetValue(lower, out var known) ? known : lower.ToString();
    }

    private static int IndexAfter(string html, string marker, int from)
    {
        var at = html.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }

    private static void CountLines(string html, int from, int to, ref int line, ref int lineStart)
    {
        var span = html.AsSpan(from, to - from);
        var offset = 0;
        int found;
        while ((found = span[offset..].IndexOf('\n')) >= 0)
        {
            offset += found + 1;
            line++;
            lineStart = from + offset;
        }
    }
}
