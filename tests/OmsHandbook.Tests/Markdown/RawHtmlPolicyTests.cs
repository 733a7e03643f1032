using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Markdown;

/// <summary>
/// The raw HTML policy: a short allow-list of inline elements passes through as written; everything
/// else, and every trick to hide script in an allowed tag, is an error at its own line that names why.
/// </summary>
[Trait("Tier", "Unit")]
public sealed class RawHtmlPolicyTests
{
    private readonly MarkdownHarness harness = new();

    [Theory]
    [InlineData("<script>alert(1)</script>", 1, 1, "<script> is not allowed")]
    [InlineData("Text <script>alert(1)</script> inline.", 1, 6, "<script> is not allowed")]
    [InlineData("<style>p { color: red }</style>", 1, 1, "styles belong to the theme")]
    [InlineData("Some <span style=\"color:red\">red</span> words.", 1, 6, "inline styles break")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", 1, 1, "<iframe> is not allowed")]
    [InlineData("An <object data=\"x.swf\"></object> here.", 1, 4, "<object> is not allowed")]
    [InlineData("An <embed src=\"x.swf\"> here.", 1, 4, "<embed> is not allowed")]
    [InlineData("An <img src=x onerror=alert(1)> image.", 1, 4, "'onerror' runs script")]
    [InlineData("A <span lang=\"fr\" onmouseover=\"alert(1)\">word</span>.", 1, 3, "'onmouseover' runs script")]
    [InlineData("A <span lang=\"fr\" ONCLICK=alert(1)>word</span>.", 1, 3, "'onclick' runs script")]
    [InlineData("A <a href=\"javascript:alert(1)\">link</a>.", 1, 3, "javascript: URL")]
    [InlineData("A <a href=\"&#106;avascript:alert(1)\">link</a>.", 1, 3, "javascript: URL")]
    [InlineData("A <abbr title=\"x\" data-x=\"data:text/html,hi\">x</abbr>.", 1, 3, "data: URL")]
    [InlineData("Line one.\n\n<div>\n<p>Block</p>\n</div>", 3, 1, "<div> is not allowed")]
    [InlineData("Line one.\n\n<div>\n<script>alert(1)</script>\n</div>", 4, 1, "<script> is not allowed")]
    [InlineData("A <b>bold</b> word.", 1, 3, "write **bold**")]
    [InlineData("A <a href=\"/faq/\">link</a>.", 1, 3, "write a link in Markdown")]
    [InlineData("A note <!-- for editors --> here.", 1, 8, "HTML comment")]
    [InlineData("A <span title=\"x\">word</span>.", 1, 3, "<span> may carry 'lang', 'dir', not 'title'")]
    [InlineData("A <span lang=\"not a language\">word</span>.", 1, 3, "is not a language tag")]
    [InlineData("A <span dir=\"sideways\">word</span>.", 1, 3, "must be \"ltr\", \"rtl\" or \"auto\"")]
    [InlineData("A <span lang=\"fr\">word, never closed.", 1, 3, "<span> is never closed")]
    [InlineData("A word</sup> closed twice.", 1, 7, "</sup> closes nothing")]
    [InlineData("*A <span lang=\"fr\">word*</span> across emphasis.", 1, 4, "<span> is never closed")]
    public void Forbidden_html_is_an_error_at_its_line_naming_why(string markdown, int line, int column, string why)
    {
        var (_, diagnostics, _, _) = harness.Render(markdown);

        var errors = diagnostics.Sorted();
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.RawHtml, e.Code));
        Assert.Contains(errors, e => (e.Location.Line, e.Location.Column) == (line, column) && e.Message.Contains(why, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The French call it <span lang=\"fr\">le syndrome des yeux dansants</span>.")]
    [InlineData("In Arabic: <span lang=\"ar\" dir=\"rtl\">رقص العيون</span>.")]
    [InlineData("<abbr title=\"Opsoclonus-myoclonus syndrome\">OMS</abbr> (opsoclonus-myoclonus syndrome) is rare.")]
    [InlineData("About 1 in 10<sup>6</sup> children, CO<sub>2</sub> levels.")]
    [InlineData("Press <kbd>Ctrl</kbd> and <kbd>F</kbd>.")]
    [InlineData("First line<br>second line, <br/> third.")]
    [InlineData("Mixed <span lang='de'>Augen<sup>2</sup></span> text.")]
    public void Allowed_inline_elements_pass_through_as_written(string markdown)
    {
        var (html, diagnostics, _, _) = harness.Render(markdown);

        Assert.Empty(diagnostics.Sorted());
        foreach (var tag in System.Text.RegularExpressions.Regex.Matches(markdown, "<[^>]+>").Select(m => m.Value))
        {
            Assert.Contains(tag, html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("[here](javascript:alert(1))", "'javascript:'")]
    [InlineData("[here](JAVASCRIPT:alert(1))", "'javascript:'")]
    [InlineData("[here]( javascript:alert(1))", "'javascript:'")]
    [InlineData("[here](java&#9;script:alert(1))", "'javascript:'")]
    [InlineData("[here](vbscript:msgbox(1))", "'vbscript:'")]
    [InlineData("[here](data:text/html;base64,PHNjcmlwdD4=)", "'data:'")]
    [InlineData("<javascript:alert(1)>", "'javascript:'")]
    [InlineData("[here][ref]\n\n[ref]: javascript:alert(1)", "'javascript:'")]
    [InlineData("![A dot](data:image/png;base64,iVBORw0KGgo=)", "'data:'")]
    [InlineData("[here](file:///etc/passwd)", "'file:'")]
    public void Links_and_images_that_could_run_script_are_errors(string markdown, string scheme)
    {
        var (html, diagnostics, _, _) = harness.Render(markdown);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.UnsafeLink, error.Code);
        Assert.Equal((1, 1), (error.Location.Line, error.Location.Column));
        Assert.Contains(scheme, error.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch("(href|src)=\"(?!\")", html);
    }

    [Theory]
    [InlineData("[NORD](https://rarediseases.org)", "<a href=\"https://rarediseases.org\" rel=\"noopener noreferrer\">NORD</a>")]
    [InlineData("<https://rarediseases.org>", "<a href=\"https://rarediseases.org\" rel=\"noopener noreferrer\">https://rarediseases.org</a>")]
    [InlineData("[Old site](http://example.org/page)", "<a href=\"http://example.org/page\" rel=\"noopener noreferrer\">Old site</a>")]
    [InlineData("[Write to us](mailto:team@example.org)", "<a href=\"mailto:team@example.org\">Write to us</a>")]
    public void External_links_and_autolinks_get_noopener_noreferrer(string markdown, string expected)
    {
        var (html, diagnostics, _, _) = harness.Render(markdown);

        Assert.Empty(diagnostics.Sorted());
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }
}
