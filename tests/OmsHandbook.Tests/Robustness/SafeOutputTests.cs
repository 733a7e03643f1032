using AngleSharp.Html.Parser;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Robustness;

/// <summary>Markup written as text in any content field reaches the reader as text: on its page and in the search index.</summary>
[Trait("Tier", "Site")]
public sealed class SafeOutputTests
{
    [Fact]
    public async Task Markup_in_a_heading_faq_and_glossary_definition_is_text_on_every_page()
    {
        using var handbook = new SmallHandbook();
        MarkupAsText.WriteInto(handbook);

        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(handbook.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = parser.ParseDocument(File.ReadAllText(file));
            Assert.Empty(page.QuerySelectorAll("img[src=x], [onerror]"));
        }

        Assert.Equal("Spoof " + MarkupAsText.Markup, Build.Page(handbook.Output, "markup/index.html").GetElementById(MarkupAsText.HeadingId)!.TextContent);
        var faq = Build.Page(handbook.Output, "faq/index.html");
        Assert.Contains("Is " + MarkupAsText.Markup + " a spoof?", faq.GetElementById("spoof")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Yes, spoof " + MarkupAsText.Markup + " text", faq.Body!.TextContent, StringComparison.Ordinal);
        var glossary = Build.Page(handbook.Output, "glossary/index.html");
        Assert.Contains("spoof " + MarkupAsText.Markup, glossary.GetElementById("term-myoclonus")!.Closest("article")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_content_reaches_the_search_index_as_plain_text()
    {
        using var handbook = new SmallHandbook();
        MarkupAsText.WriteInto(handbook);

        await Build.Run(handbook.Input, handbook.Output);

        // JSON keeps the text as it is (with '<' escaped or not); the browser test shows search displays it as text.
        var index = string.Concat(Directory.EnumerateFiles(Path.Combine(handbook.Output, "search"), "*.json")
            .Concat(Directory.EnumerateFiles(Path.Combine(handbook.Output, "assets"), "*.json", SearchOption.AllDirectories))
            .Select(f => System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(f)).RootElement.GetRawText()));
        var decoded = System.Text.RegularExpressions.Regex.Unescape(index);
        Assert.Contains("Spoof " + MarkupAsText.Markup, decoded, StringComparison.Ordinal);
        Assert.Contains("spoof " + MarkupAsText.Markup, decoded, StringComparison.Ordinal);
    }
}
