using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>
/// Reads an SVG under input/media and holds it to the figure rules (issue 21): figures are drawn inline
/// in pages under a strict Content-Security-Policy, so nothing in one may run, load or style anything;
/// and each needs a &lt;title&gt;, its text alternative. Every problem is reported at its line and column.
/// </summary>
public static partial class SvgFigureReader
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>The figure, or null when the file breaks a rule (each break is reported).</summary>
    public static SvgFigure? Read(InputFile file, string relativePath, int maxBytes, DiagnosticBag diagnostics)
    {
        var at = file.DisplayPath;
        var ok = true;
        var bytes = Encoding.UTF8.GetByteCount(file.Text);
        if (bytes > maxBytes)
        {
            diagnostics.Error(DiagnosticCodes.SvgTooLarge, SourceLocation.StartOf(at),
                $"this figure is {bytes} bytes, more than the {maxBytes} that 'figure_max_bytes' in site.yml allows; every byte is sent with its page, so simplify the drawing (fewer points, shorter ids) or, if it must be this big, raise the limit");
            ok = false;
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false };
        var scan = new Scan();
        try
        {
            using var reader = XmlReader.Create(new StringReader(file.Text), settings);
            var lines = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    ok &= Element(reader, lines, at, scan, diagnostics);
                }
                else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && scan.TextOf is { } text && reader.Depth == 2)
                {
                    text.Append(reader.Value);
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == 1)
                {
                    scan.TextOf = null;
                }
            }
        }
        catch (XmlException ex)
        {
            var where = new SourceLocation(at, Math.Max(ex.LineNumber, 1), Math.Max(ex.LinePosition, 1));
            diagnostics.Error(DiagnosticCodes.SvgUnreadable, where, ex.Message.Contains("DTD", StringComparison.Ordinal)
                ? "this SVG has a <!DOCTYPE>, which can pull other files into it (a DTD); delete the <!DOCTYPE …> line, which no browser needs"
                : $"this SVG is not well-formed XML ({ex.Message.Split(" Line ")[0].TrimEnd('.', ',')}); open it in a browser or an SVG editor, fix it there and save it again");
            return null;
        }

        if (scan.Root is not { } root)
        {
            diagnostics.Error(DiagnosticCodes.SvgUnreadable, SourceLocation.StartOf(at), "this file has no <svg> element; save the drawing as SVG");
            return null;
        }

        var title = Normalise(scan.Title?.ToString());
        if (title.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.SvgWithoutTitle, new SourceLocation(at, root.Line, root.Column),
                "this figure has no <title>; put one first inside <svg>, with an id and the short text alternative, e.g. <title id=\"eyes-title\">Three eye movements drawn as paths</title>");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var description = Normalise(scan.Description?.ToString());
        return new SvgFigure(relativePath, Markup(file.Text, root, scan, title), title, description.Length == 0 ? null : description);
    }

    private static bool Element(XmlReader reader, IXmlLineInfo lines, string at, Scan scan, DiagnosticBag diagnostics)
    {
        var ok = true;
        var here = new SourceLocation(at, lines.LineNumber, Math.Max(lines.LinePosition - 1, 1));
        if (scan.Root is null)
        {
            if (reader.LocalName != "svg" || reader.NamespaceURI != SvgNamespace)
            {
                throw new XmlException($"the first element is <{reader.Name}>, not <svg xmlns=\"{SvgNamespace}\">", null, lines.LineNumber, lines.LinePosition);
            }

            scan.Root = new RootTag(reader.Name, here.Line, here.Column, reader.GetAttribute("role") is not null,
                reader.GetAttribute("aria-labelledby") is not null || reader.GetAttribute("aria-label") is not null);
        }
        else if (reader.Depth == 1 && reader.LocalName == "title" && scan.Title is null)
        {
            scan.Title = new StringBuilder();
            scan.TitleId = reader.GetAttribute("id");
            scan.TextOf = reader.IsEmptyElement ? null : scan.Title;
        }
        else if (reader.Depth == 1 && reader.LocalName == "desc" && scan.Description is null)
        {
            scan.Description = new StringBuilder();
            scan.TextOf = reader.IsEmptyElement ? null : scan.Description;
        }

        if (reader.LocalName is "script" or "style" or "foreignObject")
        {
            var why = reader.LocalName switch
            {
                "script" => "figures may not run scripts (the site's Content-Security-Policy blocks them); delete the <script> element",
                "style" => "a <style> element is blocked by the site's Content-Security-Policy; colour the drawing with the theme's classes instead (class=\"fig-line\", \"fig-fill\", \"fig-accent\", \"fig-solid\", \"fig-text\", \"fig-muted\")",
                _ => "a <foreignObject> can hold a whole web page inside the drawing; draw with SVG shapes and <text> instead",
            };
            diagnostics.Error(DiagnosticCodes.SvgUnsafe, here, why);
            ok = false;
        }

        if (reader.MoveToFirstAttribute())
        {
            do
            {
                ok &= Attribute(reader, new SourceLocation(at, lines.LineNumber, lines.LinePosition), diagnostics);
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return ok;
    }

    private static bool Attribute(XmlReader reader, SourceLocation here, DiagnosticBag diagnostics)
    {
        var (name, value) = (reader.LocalName, reader.Value);
        string? why = null;
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && reader.Prefix.Length == 0)
        {
            why = $"'{reader.Name}' runs a script when something happens, which figures may not do; delete the attribute";
        }
        else if (name == "style" && reader.Prefix.Length == 0)
        {
            why = "a style attribute is blocked by the site's Content-Security-Policy; use a class the theme defines (fig-line, fig-fill, fig-accent, fig-solid, fig-text, fig-muted) or a presentation attribute such as stroke-width";
        }
        else if (name == "href" && !value.TrimStart().StartsWith('#'))
        {
            why = $"'{reader.Name}=\"{Shorten(value)}\"' refers to something outside this figure (another file, a web address, an embedded image); only references inside it, such as '#eyes-arrow', are allowed";
        }
        else if (ExternalUrl().Match(value) is { Success: true } url)
        {
            why = $"'{Shorten(url.Value)}' refers to something outside this figure; only references inside it, such as 'url(#eyes-arrow)', are allowed";
        }

        if (why is null)
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.SvgUnsafe, here, why);
        return false;
    }

    /// <summary>The root element from its '&lt;' to the end, with role="img" and its accessible name added (an XML declaration or comment before it is dropped).</summary>
    private static string Markup(string text, RootTag root, Scan scan, string title)
    {
        var start = OffsetOf(text, root.Line, root.Column);
        var markup = text[start..].TrimEnd();
        var added = new StringBuilder();
        if (!root.HasRole)
        {
            added.Append(" role=\"img\"");
        }

        if (!root.HasName)
        {
            added.Append(scan.TitleId is { Length: > 0 } id
                ? $" aria-labelledby=\"{System.Net.WebUtility.HtmlEncode(id)}\""
                : $" aria-label=\"{System.Net.WebUtility.HtmlEncode(title)}\"");
        }

        var nameEnd = 1 + root.Name.Length;
        return markup[..nameEnd] + added + markup[nameEnd..];
    }

    private static int OffsetOf(string text, int line, int column)
    {
        var offset = 0;
        for (var l = 1; l < line; l++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset + column - 1;
    }

    private static string Normalise(string? text) => text is null ? "" : Whitespace().Replace(text, " ").Trim();

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";

    /// <summary>A url(...) whose target is not a fragment of this file.</summary>
    [GeneratedRegex(@"url\(\s*(?!['""]?#)[^)]*\)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExternalUrl();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>What the read found so far.</summary>
    private sealed class Scan
    {
        public RootTag? Root { get; set; }

        public StringBuilder? Title { get; set; }

        public string? TitleId { get; set; }

        public StringBuilder? Description { get; set; }

        /// <summary>The title or desc whose text is being read.</summary>
        public StringBuilder? TextOf { get; set; }
    }

    /// <summary>Where the root &lt;svg&gt; starts, its name as written, and whether it names its own role and accessible name.</summary>
    private sealed record RootTag(string Name, int Line, int Column, bool HasRole, bool HasName);
}
