using OmsHandbook.Core;
using OmsHandbook.Html;

namespace OmsHandbook.Checks;

/// <summary>One written HTML page as the checks read it: the start tags they look at, in order, and what a check needs to name where a problem is.</summary>
public sealed record CheckedPage(string OutputPath, string DisplayPath, IReadOnlyList<PageElement> Elements, string? SourceFile)
{
    /// <summary>Reads a page's tags once; heading and title text are kept, the rest of the text is not needed.</summary>
    public static CheckedPage Read(string outputPath, string displayPath, string html, string? sourceFile)
    {
        var elements = new List<PageElement>();
        var templateDepth = 0;
        PageElement? textOf = null;
        var textStart = 0;
        foreach (var tag in HtmlTagReader.Read(html))
        {
            if (tag.Name == "template")
            {
                templateDepth += tag.IsEnd ? -1 : 1;
                continue;
            }

            if (tag.IsEnd)
            {
                if (textOf is not null && tag.Name == textOf.Tag.Name)
                {
                    textOf.Text = HtmlTagReader.Text(html, textStart, tag.Start).Trim();
                    textOf = null;
                }

                continue;
            }

            if (!Checked(tag))
            {
                continue;
            }

            var element = new PageElement(tag, templateDepth > 0);
            elements.Add(element);
            if (textOf is null && (tag.HeadingLevel > 0 || tag.Name == "title"))
            {
                textOf = element;
                textStart = tag.End;
            }
        }

        return new CheckedPage(outputPath, displayPath, elements, sourceFile);
    }

    /// <summary>Only the elements some check looks at are kept: a page has thousands of others.</summary>
    private static bool Checked(HtmlTag tag) =>
        tag.HeadingLevel > 0 || tag.Has("id") || tag.Name is "a" or "link" or "img" or "script" or "source" or "html" or "title" or "meta";

    /// <summary>The ids a link from another page can land on (an inert template's are not in the page until a script copies them).</summary>
    public IReadOnlySet<string> Ids { get; } = Elements
        .Where(e => !e.InTemplate && e.Tag.Attribute("id") is { Length: > 0 })
        .Select(e => e.Tag.Attribute("id")!)
        .ToHashSet(StringComparer.Ordinal);

    public IEnumerable<PageElement> Named(string name) => Elements.Where(e => e.Tag.Name == name);

    public SourceLocation At(PageElement element) => new(DisplayPath, element.Tag.Line, element.Tag.Column);

    /// <summary>Names the input file the page came from, for messages about a generated page.</summary>
    public string FromSource => SourceFile is null ? "" : $" (page built from {SourceFile})";
}

/// <summary>A start tag of a checked page; headings and the title also keep their text.</summary>
public sealed class PageElement(HtmlTag tag, bool inTemplate)
{
    public HtmlTag Tag { get; } = tag;

    /// <summary>Inside a &lt;template&gt;: markup a script may copy into the page, not part of it yet.</summary>
    public bool InTemplate { get; } = inTemplate;

    public string Text { get; internal set; } = "";
}
