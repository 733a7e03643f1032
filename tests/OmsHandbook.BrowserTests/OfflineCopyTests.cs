using Microsoft.Playwright;
using OmsHandbook.BrowserTests.Support;
using OmsHandbook.Pipeline;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.BrowserTests;

/// <summary>
/// The handbook in a reader's pocket: after a first visit, with the network off, pages open, links
/// work, search answers and urgent help is there; a newer build is offered, never forced.
/// </summary>
[Trait("Tier", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class OfflineCopyTests(BrowserSite site)
{
    private const string ChangedSentence = "This sentence was added after the first visit.";

    [BrowserFact]
    public async Task After_a_first_visit_the_handbook_works_offline_and_a_newer_build_is_offered_then_shown()
    {
        using var folder = new TempFolder();
        var input = folder.File("input");
        FolderCopy.Copy(RepoPaths.Input, input);
        var output = folder.File("site");
        await BuildAsync(input, output);
        await using var server = await StaticSiteServer.StartAsync(output);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString(), ServiceWorkers = ServiceWorkerPolicy.Allow });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await CopySavedAsync(page);

            await context.SetOfflineAsync(true);
            foreach (var path in new[] { "/symptoms/", "/treatment/", "/faq/", "/glossary/", "/relapses/" })
            {
                var response = await page.GotoAsync(path);
                Assert.True(response?.Ok == true, $"{path} did not open offline");
                Assert.False(string.IsNullOrWhiteSpace(await page.Locator("main h1").InnerTextAsync()), $"{path} has no heading offline");
            }

            // An offline page says when its copy was saved.
            await page.Locator(".offline-status").GetByText("You are offline.").WaitForAsync();

            // A link between two pages, followed offline.
            await page.GotoAsync("/symptoms/");
            var link = page.Locator("main .prose a[href^='/relapses/']").First;
            await Task.WhenAll(page.WaitForURLAsync("**/relapses/**"), link.ClickAsync());
            Assert.Contains("Relapses", await page.Locator("main h1").InnerTextAsync(), StringComparison.Ordinal);

            // Search answers a word and a typo from the copy.
            Assert.NotEmpty(await SearchBox.TypeAsync(page, "rituximab"));
            Assert.NotEmpty(await SearchBox.TypeAsync(page, "neuroblastma"));

            // And urgent help is one tap away.
            await Task.WhenAll(page.WaitForURLAsync("**/urgent-help/"), page.Locator("header a.urgent-help-link").ClickAsync());
            Assert.Equal("When to get urgent help", (await page.Locator("main h1").InnerTextAsync()).Trim());

            // A new build is published: the next visit fetches it in the background and offers it.
            await context.SetOfflineAsync(false);
            var symptoms = Path.Combine(input, "chapters", "02-symptoms.md");
            await File.AppendAllTextAsync(symptoms, "\n" + ChangedSentence + " [@nord]\n");
            await BuildAsync(input, output);
            await page.GotoAsync("/symptoms/");
            var reload = page.Locator(".offline-status button.offline-reload");
            await reload.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            Assert.DoesNotContain(ChangedSentence, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("A newer version of the handbook is ready.", await page.Locator(".offline-status").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Empty(await Axe.ViolationsAsync(page));

            await reload.ClickAsync();
            await page.GetByText(ChangedSentence).WaitForAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task The_about_page_removes_the_offline_copy()
    {
        await using var server = await StaticSiteServer.StartAsync(site.Output);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString(), ServiceWorkers = ServiceWorkerPolicy.Allow });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/about/");
            await CopySavedAsync(page);
            await page.ReloadAsync();

            var remove = page.Locator("button.offline-remove");
            await remove.WaitForAsync();
            await page.Locator("[data-offline=size]").GetByText("MB").WaitForAsync();
            await remove.ClickAsync();

            await page.Locator("[data-offline=removed]").GetByText("The offline copy has been removed").WaitForAsync();
            Assert.Equal(0, await page.EvaluateAsync<int>("async () => (await caches.keys()).length"));
            Assert.Equal(0, await page.EvaluateAsync<int>("async () => (await navigator.serviceWorker.getRegistrations()).length"));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Waits until the worker controls the page and has saved its copy.</summary>
    private static Task CopySavedAsync(IPage page) => page.EvaluateAsync("""
        async () => {
          if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
          while (!(await caches.match('/__offline/saved'))) await new Promise((done) => setTimeout(done, 100));
        }
        """);

    private static async Task BuildAsync(string input, string output)
    {
        var result = await new SiteBuilder().BuildAsync(new BuildOptions(input, output, RealHandbookDay.Today, BaseUrlOverride: null, AllowOverdue: true));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Sorted().Select(d => d.ToMsBuildFormat())));
    }
}
