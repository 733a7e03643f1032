using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using OmsHandbook.Html;
using OmsHandbook.Tests.Site;
using OmsHandbook.Tests.Support;
using Xunit.Abstractions;

namespace OmsHandbook.Tests.Html;

/// <summary>
/// HtmlTagReader is the checks' forward scanner, written for our own output instead of a browser's
/// parser. Over every page of the real handbook it must read what AngleSharp (an HTML5 parser) reads:
/// the same elements in the same order, at the same offset, line and column, with the same parent,
/// the same attributes and values, and, for headings and the title, the same text.
/// </summary>
/// <remarks>
/// Where the two may rightly differ, the comparison says so rather than skipping: void elements
/// (br, img, link, meta…) have no end tag, so only they, and a "/&gt;"-closed tag, close themselves;
/// an element the parser adds that the text does not hold (an implied tbody, say) is reported, never
/// matched, because the reader cannot see it; template contents are compared too (AngleSharp keeps them
/// in the template's fragment, the reader reads them in place); inside svg and math AngleSharp keeps no
/// source position and restores names' case (viewBox), so those elements are matched in order and their
/// names compared ignoring case. Noscript is parsed as markup, as both read it with scripting off.
/// </remarks>
[Trait("Tier", "Site")]
public sealed class HtmlTagReaderTests(RealHandbookFixture site, ITestOutputHelper log) : IClassFixture<RealHandbookFixture>
{
    private static readonly HashSet<string> VoidElements =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    [Fact]
    public void Every_page_of_the_real_handbook_reads_as_angle_sharp_parses_it()
    {
        Assert.True(site.Result.Succeeded, string.Join('\n', Build.Errors(site.Result)));
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        var differences = new List<string>();
        var compared = 0;
        foreach (var page in pages)
        {
            var (elements, found) = Compare(page, File.ReadAllText(Path.Combine(site.Output, page)));
            compared += elements;
            differences.AddRange(found);
        }

        log.WriteLine($"{compared} elements on {pages.Count} pages compared, {differences.Count} differences");
        Assert.True(differences.Count == 0, $"{differences.Count} differences over {pages.Count} pages, the first:\n" + string.Join('\n', differences.Take(40)));

        // Not a comparison of nothing: every page, and thousands of elements, were read.
        Assert.Contains("index.html", pages);
        Assert.Contains("glossary/index.html", pages);
        Assert.True(pages.Count >= 15, $"{pages.Count} pages");
        Assert.True(compared >= pages.Count * 50, $"{compared} elements");
    }

    [Theory]
    [InlineData("<p>One<p>Two", "</body> at 3:1 closes <p> from 2:7")] // an implied end tag
    [InlineData("<textarea><b>bold</b></textarea>", "not in AngleSharp: <b> at 2:11")] // text, not markup, in a textarea
    [InlineData("<table><tr><td>x</td></tr></table>", "<tbody> is implied by AngleSharp, not in the page's text")]
    [InlineData("<a href=\"a&amp b\">c</a>", "href=\"a&amp b\" here, href=\"a& b\" in AngleSharp")] // HTML decodes a reference without its ';', WebUtility does not
    [InlineData("<h2>A <!-- x > y --> c</h2>", "text \"A  y --> c\" here, \"A  c\" in AngleSharp")] // Text() ends a comment at its first '>'
    public void The_comparison_finds_markup_the_reader_reads_otherwise(string body, string expected)
    {
        var (_, differences) = Compare("page.html", "<!DOCTYPE html><html><head><title>t</title></head><body>\n" + body + "\n</body></html>");

        Assert.Contains(differences, d => d.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Our_own_kind_of_markup_compares_equal()
    {
        var html = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><title>A &amp; B</title><link rel="stylesheet" href="/a.css"></head>
            <body>
            <template id="t"><li class="x" data-y='1'>one</li></template>
            <main id="main-content"><h2 id="a-b">A <code>&lt;b&gt;</code> <em>c</em></h2><img src="/m.png" alt="">
            <svg viewBox="0 0 1 1" aria-hidden="true"><path d="M0 0"/></svg>
            <script>if (a < b && "</p>") {}</script></main>
            </body>
            </html>
            """;

        var (elements, differences) = Compare("page.html", html);

        Assert.Empty(differences);
        Assert.Equal(16, elements);
    }

    /// <summary>How many elements the page holds, and every way the reader and AngleSharp read them differently, each naming the page and the element.</summary>
    private static (int Elements, List<string> Differences) Compare(string page, string html)
    {
        var differences = new List<string>();
        var ours = Read(page, html, differences);
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        var theirs = new List<(IElement Element, int Parent)>();
        Walk(document.DocumentElement, -1, theirs);

        // Each element AngleSharp made, matched to the reader's tag at the same offset. AngleSharp keeps no
        // source position for elements inside svg or math: those are matched to the reader's next tag of the same name.
        var byOffset = ours.Select((e, i) => (e.Tag.Start, i)).ToDictionary(p => p.Start, p => p.i);
        var matched = new HashSet<int>();
        var ourIndexOfTheirs = new int[theirs.Count];
        var last = -1;
        for (var i = 0; i < theirs.Count; i++)
        {
            var (element, _) = theirs[i];
            ourIndexOfTheirs[i] = -1;
            int index;
            if (element.SourceReference is null && element.NamespaceUri != NamespaceNames.HtmlUri)
            {
                index = last + 1;
                if (index >= ours.Count || !string.Equals(ours[index].Tag.Name, element.LocalName, StringComparison.OrdinalIgnoreCase))
                {
                    differences.Add($"{page}: in AngleSharp: <{element.LocalName}> (in {element.NamespaceUri}, no position) after <{(last < 0 ? "" : ours[last].Tag.Name)}> at {(last < 0 ? "the start" : $"{ours[last].Tag.Line}:{ours[last].Tag.Column}")}; the reader's next tag is not it");
                    continue;
                }
            }
            else if (element.SourceReference is not { Position.Line: > 0 } source)
            {
                differences.Add($"{page}: <{element.LocalName}> is implied by AngleSharp, not in the page's text");
                continue;
            }
            else if (!byOffset.TryGetValue(source.Position.Index, out index))
            {
                differences.Add($"{page}: in AngleSharp: <{element.LocalName}> at {source.Position.Line}:{source.Position.Column}; the reader read no tag there");
                continue;
            }

            ourIndexOfTheirs[i] = index;
            matched.Add(index);
            last = index;
        }

        foreach (var (e, i) in ours.Select((e, i) => (e, i)).Where(p => !matched.Contains(p.i)))
        {
            differences.Add($"{page}: read by the reader but not in AngleSharp: <{e.Tag.Name}> at {e.Tag.Line}:{e.Tag.Column} is not an element there");
        }

        for (var i = 0; i < theirs.Count; i++)
        {
            if (ourIndexOfTheirs[i] < 0)
            {
                continue;
            }

            var (element, parent) = theirs[i];
            var mine = ours[ourIndexOfTheirs[i]];
            var at = $"{page}: <{mine.Tag.Name}> at {mine.Tag.Line}:{mine.Tag.Column}";
            if (!string.Equals(mine.Tag.Name, element.LocalName, element.NamespaceUri == NamespaceNames.HtmlUri ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            {
                // Inside svg and math the parser restores names' case (viewBox, linearGradient); the reader lower-cases every name.
                differences.Add($"{at}: name here, <{element.LocalName}> in AngleSharp");
            }

            if (element.SourceReference is { } source && (mine.Tag.Line, mine.Tag.Column) != (source.Position.Line, source.Position.Column))
            {
                differences.Add($"{at}: AngleSharp puts it at {source.Position.Line}:{source.Position.Column}");
            }

            var theirParent = parent < 0 ? -1 : ourIndexOfTheirs[parent];
            if (mine.Parent != theirParent)
            {
                differences.Add($"{at}: parent is {Describe(ours, mine.Parent)} here, {Describe(ours, theirParent)} in AngleSharp");
            }

            var myAttributes = string.Join(' ', mine.Tag.Attributes.Select(a => $"{a.Name}=\"{a.Value}\""));
            var theirAttributes = string.Join(' ', element.Attributes.Select(a => $"{(element.NamespaceUri == NamespaceNames.HtmlUri ? a.Name : a.Name.ToLowerInvariant())}=\"{a.Value}\""));
            if (myAttributes != theirAttributes)
            {
                differences.Add($"{at}: {myAttributes} here, {theirAttributes} in AngleSharp");
            }

            foreach (var attribute in element.Attributes)
            {
                // What the checks ask for by name: Attribute() answers without reading every attribute.
                var name = element.NamespaceUri == NamespaceNames.HtmlUri ? attribute.Name : attribute.Name.ToLowerInvariant();
                if (mine.Tag.Attribute(name) != attribute.Value && !differences.Contains($"{at}: {myAttributes} here, {theirAttributes} in AngleSharp"))
                {
                    differences.Add($"{at}: Attribute(\"{name}\") is \"{mine.Tag.Attribute(name)}\" here, \"{attribute.Value}\" in AngleSharp");
                }
            }

            if (mine.Text is { } text && text.Trim() != element.TextContent.Trim())
            {
                differences.Add($"{at}: text \"{text.Trim()}\" here, \"{element.TextContent.Trim()}\" in AngleSharp");
            }
        }

        return (theirs.Count, differences);
    }

    /// <summary>The reader's start tags with the parent each sits in, by its end tags; headings and the title with their text as the checks read it.</summary>
    private static List<ReadElement> Read(string page, string html, List<string> differences)
    {
        var elements = new List<ReadElement>();
        var open = new Stack<int>();
        foreach (var tag in HtmlTagReader.Read(html))
        {
            if (!tag.IsEnd)
            {
                elements.Add(new ReadElement(tag, open.Count == 0 ? -1 : open.Peek()));
                var closesItself = VoidElements.Contains(tag.Name) || html[tag.End - 2] == '/';
                if (!closesItself)
                {
                    open.Push(elements.Count - 1);
                }

                continue;
            }

            if (open.Count == 0 || elements[open.Peek()].Tag.Name != tag.Name)
            {
                differences.Add($"{page}: </{tag.Name}> at {tag.Line}:{tag.Column} closes {(open.Count == 0 ? "nothing" : $"<{elements[open.Peek()].Tag.Name}> from {elements[open.Peek()].Tag.Line}:{elements[open.Peek()].Tag.Column}")}");
                continue;
            }

            var start = elements[open.Pop()];
            if (start.Tag.HeadingLevel > 0 || start.Tag.Name == "title")
            {
                start.Text = HtmlTagReader.Text(html, start.Tag.End, tag.Start);
            }
        }

        foreach (var index in open)
        {
            differences.Add($"{page}: <{elements[index].Tag.Name}> at {elements[index].Tag.Line}:{elements[index].Tag.Column} is never closed");
        }

        return elements;
    }

    private static void Walk(IElement? element, int parent, List<(IElement, int)> into)
    {
        if (element is null)
        {
            return;
        }

        into.Add((element, parent));
        var self = into.Count - 1;
        var children = element is IHtmlTemplateElement template ? template.Content.Children : element.Children;
        foreach (var child in children)
        {
            Walk(child, self, into);
        }
    }

    private static string Describe(List<ReadElement> elements, int index) =>
        index < 0 ? "the page (-1)" : $"<{elements[index].Tag.Name}> ({index})";

    private sealed class ReadElement(HtmlTag tag, int parent)
    {
        public HtmlTag Tag { get; } = tag;

        public int Parent { get; } = parent;

        public string? Text { get; set; }
    }
}
