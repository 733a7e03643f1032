using Microsoft.Playwright;
using OmsHandbook.BrowserTests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>Pages without JavaScript, under reduced motion, zoomed, with wider text spacing, and printed.</summary>
[Trait("Tier", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class NoScriptAndMediaTests(BrowserSite site)
{
    [BrowserTheory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task Without_javascript_every_page_shows_its_content_navigation_and_glossary_links(int width)
    {
        var problems = new List<string>();
        await using var visit = await site.StartAsync(new VisitOptions(Width: width, JavaScript: false));
        foreach (var path in site.Pages)
        {
            await visit.GoAsync(path);
            if ((await visit.Page.InnerTextAsync("main")).Trim().Length < 20)
            {
                problems.Add($"{path}: no content");
            }

            if (await visit.Page.Locator("#chapter-navigation nav a").CountAsync() < 10)
            {
                problems.Add($"{path}: chapter navigation missing");
            }

            if (await visit.Page.Locator(".theme-toggle").IsVisibleAsync())
            {
                problems.Add($"{path}: the theme toggle shows but cannot work without JavaScript");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));

        // On a wide screen the chapter list shows without the script; on a phone it is one tap away.
        await visit.GoAsync("/symptoms/");
        var firstChapter = visit.Page.Locator("#chapter-navigation nav a").Nth(1);
        if (width >= 1280)
        {
            Assert.True(await firstChapter.IsVisibleAsync());
        }
        else
        {
            await visit.Page.ClickAsync(".chapter-nav summary");
            Assert.True(await firstChapter.IsVisibleAsync());
        }

        var link = visit.Page.Locator("main a.glossary-link").First;
        var href = await link.GetAttributeAsync("href") ?? "";
        Assert.StartsWith("/glossary/#term-", href, StringComparison.Ordinal);
        await link.ClickAsync();
        Assert.Equal("/glossary/", new Uri(visit.Page.Url).AbsolutePath);
        Assert.True(await visit.Page.Locator(href[href.IndexOf('#', StringComparison.Ordinal)..]).IsVisibleAsync());
    }

    [BrowserTheory]
    [InlineData(ReducedMotion.Reduce)]
    [InlineData(ReducedMotion.NoPreference)]
    public async Task Nothing_on_any_page_animates_or_transitions(ReducedMotion motion)
    {
        var moving = new List<string>();
        await using var visit = await site.StartAsync(new VisitOptions(ReducedMotion: motion));
        foreach (var path in site.Pages)
        {
            await visit.GoAsync(path);
            moving.AddRange((await visit.Page.EvaluateAsync<string[]>("""
                () => [
                  ...document.getAnimations().map(a => 'animation on ' + (a.effect && a.effect.target ? a.effect.target.tagName : '?')),
                  ...Array.from(document.querySelectorAll('*'))
                    .filter(e => { const s = getComputedStyle(e); return s.transitionDuration.split(',').some(d => parseFloat(d) > 0) || s.animationName !== 'none'; })
                    .map(e => 'transition or animation on ' + e.tagName + '.' + e.className)
                ]
                """)).Select(m => $"{path}: {m}"));
        }

        Assert.True(moving.Count == 0, string.Join('\n', moving));
    }

    [BrowserTheory]
    [InlineData("spacing")]
    [InlineData("text-200")]
    public async Task Pages_survive_wcag_text_spacing_and_200_percent_text_without_sideways_scrolling(string change)
    {
        var css = change == "spacing"
            ? "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }"
            : "html { font-size: 225% !important; }";
        var width = change == "spacing" ? 320 : 1280;
        var problems = new List<string>();
        await using var visit = await site.StartAsync(new VisitOptions(Width: width, BypassCsp: true));
        foreach (var path in site.Pages)
        {
            await visit.GoAsync(path);
            await visit.Page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = css });
            var widths = await visit.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (widths[0] > widths[1])
            {
                problems.Add($"{path}: {widths[0]} px of content in a {widths[1]} px window");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [BrowserFact]
    public async Task Printing_hides_navigation_keeps_dates_and_sources_and_starts_each_chapter_on_a_new_page()
    {
        await using var visit = await site.OpenAsync("/symptoms/");
        await visit.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await visit.Page.Locator("nav[aria-label=Chapters]").IsVisibleAsync());
        Assert.False(await visit.Page.Locator(".site-header").IsVisibleAsync());
        Assert.True(await visit.Page.Locator(".review-date").IsVisibleAsync());
        Assert.True(await visit.Page.Locator(".sources").IsVisibleAsync());
        var after = await visit.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.sources a[href^=\"http\"]'), '::after').content");
        Assert.Contains("http", after, StringComparison.Ordinal);

        await visit.GoAsync("/print/");
        await visit.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var breaks = await visit.Page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('.print-chapter')).map(c => getComputedStyle(c).breakBefore)");
        Assert.NotEmpty(breaks);
        Assert.All(breaks, b => Assert.Equal("page", b));
    }
}
