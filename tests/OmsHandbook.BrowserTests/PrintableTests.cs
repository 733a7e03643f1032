using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OmsHandbook.BrowserTests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>
/// The symptom diary (issue 14.5): printing its page gives the diary alone, in black and white, on one A4
/// sheet and on one US Letter sheet, while the page on a 320 px phone still reads without sideways scrolling.
/// </summary>
[Trait("Tier", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed partial class PrintableTests(BrowserSite site)
{
    private const string DiaryPage = "/symptom-diary/";

    private static readonly string[] Columns =
        ["Date", "Sleep", "Mood", "Eye movements", "Jerks", "Walking", "Speech", "Medicines given", "Notes"];

    /// <summary>Each paper in points as Chromium writes it in the page's MediaBox (it rounds to whole CSS pixels).</summary>
    public static TheoryData<string, bool, double, double> Papers => new()
    {
        // As the diary asks: "size: landscape", which Chromium honours on any paper it is given.
        { "A4", false, 842.88, 595.5 },
        { "Letter", false, 792, 612 },
        // A browser or printer that keeps the sheet upright: the diary must still fit one sheet.
        { "A4", true, 595.5, 842.88 },
        { "Letter", true, 612, 792 },
    };

    [BrowserTheory]
    [MemberData(nameof(Papers))]
    public async Task The_diary_prints_on_exactly_one_sheet(string format, bool upright, double width, double height)
    {
        await using var visit = await site.OpenAsync(DiaryPage, new VisitOptions(BypassCsp: upright));
        if (upright)
        {
            await visit.Page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = "@page printable-landscape { size: portrait; }" });
        }

        var pdf = await visit.Page.PdfAsync(new PagePdfOptions { Format = format, PreferCSSPageSize = false });

        var box = Assert.Single(PdfPages(pdf));
        Assert.InRange(box.Width, width - 1, width + 1);
        Assert.InRange(box.Height, height - 1, height + 1);
    }

    [BrowserTheory]
    [InlineData(ColorScheme.Light, null)]
    [InlineData(ColorScheme.Dark, null)]
    [InlineData(ColorScheme.Light, "dark")]
    public async Task Under_print_media_only_the_diary_is_visible_in_black_white_and_grey(ColorScheme scheme, string? toggledTheme)
    {
        await using var visit = await site.OpenAsync(DiaryPage, new VisitOptions(ColorScheme: scheme));
        if (toggledTheme is not null)
        {
            // What the page's theme toggle leaves on the root element: a printout must not inherit it.
            await visit.Page.EvaluateAsync("theme => document.documentElement.setAttribute('data-theme', theme)", toggledTheme);
        }

        await visit.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var visibleText = await visit.Page.EvaluateAsync<string>("() => document.body.innerText");
        var diaryText = await visit.Page.EvaluateAsync<string>("() => document.querySelector('main > .prose > .printable').innerText");
        Assert.Equal(Squash(diaryText), Squash(visibleText));
        Assert.StartsWith("My child's symptom diary", Squash(visibleText), StringComparison.Ordinal);
        Assert.Contains("Child's name:", visibleText, StringComparison.Ordinal);
        Assert.Contains("Week starting:", visibleText, StringComparison.Ordinal);

        var headings = await visit.Page.Locator(".printable th").AllInnerTextsAsync();
        Assert.Equal(Columns, headings.Select(h => h.Trim()));
        Assert.Equal(7, await visit.Page.Locator(".printable tbody tr").CountAsync());

        // Every colour an element draws: its text (where it has text of its own), its background, and its
        // underlines, outline and borders where it has them.
        var colours = await visit.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('html, body, body *')]
              .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility === 'visible')
              .flatMap(e => {
                const s = getComputedStyle(e);
                const hasText = [...e.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
                const drawn = [s.backgroundColor];
                if (hasText) drawn.push(s.color);
                if (hasText && s.textDecorationLine !== 'none') drawn.push(s.textDecorationColor);
                if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) drawn.push(s.outlineColor);
                for (const side of ['top', 'right', 'bottom', 'left']) {
                  if (s.getPropertyValue(`border-${side}-style`) !== 'none' && parseFloat(s.getPropertyValue(`border-${side}-width`)) > 0) {
                    drawn.push(s.getPropertyValue(`border-${side}-color`));
                  }
                }
                return drawn.map(c => `${e.tagName.toLowerCase()}${e.className ? '.' + e.className : ''}: ${c}`);
              })
            """);
        Assert.NotEmpty(colours);
        var coloured = colours.Where(c => !IsGreyOrClear(c[(c.LastIndexOf(": ", StringComparison.Ordinal) + 2)..])).Distinct().ToList();
        Assert.True(coloured.Count == 0, "colour on the printed diary:\n" + string.Join('\n', coloured));

        // The grid itself is black on white with visible rules.
        var cell = await visit.Page.EvaluateAsync<string[]>("""
            () => { const s = getComputedStyle(document.querySelector('.printable td')); return [s.color, s.backgroundColor, s.borderTopColor, s.borderTopWidth, s.borderTopStyle]; }
            """);
        Assert.Equal(["rgb(0, 0, 0)", "rgb(255, 255, 255)", "rgb(0, 0, 0)"], cell[..3]);
        Assert.NotEqual("0px", cell[3]);
        Assert.Equal("solid", cell[4]);
    }

    [BrowserFact]
    public async Task Each_box_of_the_printed_diary_has_room_to_write()
    {
        // A4 landscape less its 10 mm margins is 277 mm wide, about 1047 CSS px, the width the diary is laid out in.
        await using var visit = await site.OpenAsync(DiaryPage, new VisitOptions(Width: 1047, Height: 718));
        await visit.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var boxes = await visit.Page.EvaluateAsync<double[][]>("() => [...document.querySelectorAll('.printable tbody td')].map(td => { const r = td.getBoundingClientRect(); return [r.width, r.height]; })");

        Assert.Equal(63, boxes.Length);
        // 96 CSS px are 25.4 mm: each box at least 25 mm wide and 18 mm tall, room for a few words in pen.
        Assert.All(boxes, box => Assert.True(box[0] * 25.4 / 96 >= 25 && box[1] * 25.4 / 96 >= 18, $"a {box[0]:0} x {box[1]:0} px box"));
    }

    [BrowserFact]
    public async Task On_a_320_px_phone_the_diary_page_reads_without_sideways_scrolling_and_passes_axe()
    {
        await using var visit = await site.OpenAsync(DiaryPage, new VisitOptions(Width: 320, Height: 640));

        var widths = await visit.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{widths[0]} px of content in a {widths[1]} px window");

        // The grid scrolls inside its own named, focusable region instead.
        var region = visit.Page.Locator(".printable .table-scroll");
        Assert.Equal("region", await region.GetAttributeAsync("role"));
        Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
        Assert.StartsWith("Table: Date, Sleep, Mood", await region.GetAttributeAsync("aria-label") ?? "", StringComparison.Ordinal);
        var section = visit.Page.Locator("section.printable");
        Assert.Equal("My child's symptom diary", await visit.Page.Locator("#" + await section.GetAttributeAsync("aria-labelledby")).InnerTextAsync());

        Assert.Empty(await Axe.ViolationsAsync(visit.Page));
    }

    [BrowserFact]
    public async Task The_print_edition_still_prints_every_chapter_with_the_diary_among_them()
    {
        await using var visit = await site.OpenAsync("/print/");
        await visit.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.True(await visit.Page.Locator(".printable").IsVisibleAsync());
        var chapters = visit.Page.Locator(".print-chapter");
        Assert.True(await chapters.CountAsync() > 20);
        Assert.True(await chapters.First.IsVisibleAsync());
        Assert.True(await chapters.Last.IsVisibleAsync());
    }

    /// <summary>Each page object of a PDF with its MediaBox (width, height in points).</summary>
    private static List<(double Width, double Height)> PdfPages(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        // Page objects are counted in the file's text, so none may hide in a compressed object stream;
        // the page tree's own count must agree with them.
        Assert.DoesNotContain("/ObjStm", text, StringComparison.Ordinal);
        // The root of the page tree holds the largest count.
        var counted = PageTreeCount().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(-1).Max();
        var pages = PageObject().Matches(text)
            .Select(m => m.Groups["box"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray())
            .Select(b => (b[2] - b[0], b[3] - b[1]))
            .ToList();
        Assert.Equal(counted, pages.Count);
        return pages;
    }

    private static bool IsGreyOrClear(string colour)
    {
        var match = Rgb().Match(colour);
        Assert.True(match.Success, $"unexpected colour syntax '{colour}'");
        var (r, g, b) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
        var alpha = match.Groups[4].Success ? double.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture) : 1;
        return alpha == 0 || (r == g && g == b);
    }

    private static string Squash(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])(?:(?!endobj).)*?/MediaBox\s*\[(?<box>[^\]]*)\]", RegexOptions.Singleline)]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/Type\s*/Pages(?:(?!endobj).)*?/Count\s+(\d+)", RegexOptions.Singleline)]
    private static partial Regex PageTreeCount();

    [GeneratedRegex(@"^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$")]
    private static partial Regex Rgb();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
