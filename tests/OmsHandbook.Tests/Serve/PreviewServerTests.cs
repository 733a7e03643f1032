using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Serve;

/// <summary>`serve` as a maintainer uses it: save a file, the open page reloads; break it, the last good site stays and says why.</summary>
[Trait("Tier", "Site")]
public sealed partial class PreviewServerTests
{
    private const string Symptoms = """
        ---
        title: Symptoms
        description: The signs of OMS.
        audience: families
        last_reviewed: 2026-11-01
        aliases: [/signs/]
        ---
        Children with OMS have dancing eyes [@smith2020].

        ## Eye movements

        {0}

        ## Getting help

        See [treatment](02-treatment.md#medicines).
        """;

    [Fact]
    public async Task Editing_a_chapter_changes_the_served_page_and_the_event_stream_says_reload()
    {
        await using var preview = await PreviewHarness.StartAsync();
        var before = await preview.GetTextAsync("/symptoms/");
        Assert.Contains("<script src=\"/_preview/reload.js\" data-build=\"1\" defer></script></head>", before);
        await using var events = await EventStream.OpenAsync(preview.Client);
        Assert.Equal(1, (await events.ExpectAsync("hello")).GetProperty("build").GetInt32());

        preview.Handbook.Write("chapters/01-symptoms.md", Symptoms.Replace("{0}", "Sleep is often broken at night.", StringComparison.Ordinal));

        // First the saved chapter's own page, laid out before the rest of the site is built again...
        var first = await events.ExpectAsync("reload");
        Assert.Equal(2, first.GetProperty("build").GetInt32());
        Assert.Equal(["/symptoms/"], first.GetProperty("paths").EnumerateArray().Select(p => p.GetString()));
        var after = await preview.GetTextAsync("/symptoms/");
        Assert.Contains("Sleep is often broken at night.", after);
        Assert.Matches("data-build=\"[23]\"", after);

        // ...then the pages the whole build changed besides: the print edition holds the chapter too.
        var rest = await events.ExpectAsync("reload");
        Assert.Equal(3, rest.GetProperty("build").GetInt32());
        Assert.Equal(["/print/"], rest.GetProperty("paths").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("Sleep is often broken at night.", await preview.GetTextAsync("/print/"));

        // Only the edited chapter's Markdown is rendered again; it is laid out again with the print
        // edition, and with the FAQ, glossary and search pages that are always made afresh; of those,
        // only the pages whose HTML changed are checked again.
        await preview.TerminalShowsAsync("input/chapters/01-symptoms.md changed: rebuilt 8 pages (1 Markdown rendered again, 5 laid out again, 2 checked again)");
        Assert.Matches(@"in [\d.]+ s; the changed page was shown after [\d.]+ s", preview.Terminal);
        Assert.False(Directory.Exists(Path.Combine(preview.Root, "output")), "serve must never write output/");
    }

    [Fact]
    public async Task A_build_error_keeps_the_last_good_page_served_and_the_overlay_data_available()
    {
        await using var preview = await PreviewHarness.StartAsync();
        await using var events = await EventStream.OpenAsync(preview.Client);
        await events.ExpectAsync("hello");

        preview.Handbook.Write("chapters/01-symptoms.md", Symptoms.Replace("{0}", "Opsoclonus is the main sign [@smith2021].", StringComparison.Ordinal));

        var failure = (await events.ExpectAsync("failure")).GetProperty("failure");
        var problem = Assert.Single(failure.GetProperty("diagnostics").EnumerateArray());
        Assert.EndsWith("chapters/01-symptoms.md", problem.GetProperty("file").GetString());
        Assert.Equal((12, "error", "OMS0303"), (problem.GetProperty("line").GetInt32(), problem.GetProperty("severity").GetString(), problem.GetProperty("code").GetString()));
        Assert.Contains("unknown citation key '@smith2021'", problem.GetProperty("message").GetString());

        var page = await preview.GetTextAsync("/symptoms/");
        Assert.Contains("Getting help", page);
        Assert.Contains("data-build=\"1\"", page);
        Assert.DoesNotContain("smith2021", page);
        Assert.Matches(@"01-symptoms\.md\(12,\d+\): error OMS0303", preview.Terminal);
        Assert.Matches(@"01-symptoms\.md changed: the build failed with 1 error\(s\) in [\d.]+ s; open pages show them, and the last good site stays served\.", preview.Terminal);

        // A page opened now learns of the failure at once, to draw the overlay.
        await using (var late = await EventStream.OpenAsync(preview.Client))
        {
            var hello = await late.ExpectAsync("hello");
            Assert.Equal(1, hello.GetProperty("build").GetInt32());
            Assert.Equal("OMS0303", hello.GetProperty("failure").GetProperty("diagnostics")[0].GetProperty("code").GetString());
        }

        preview.Handbook.Write("chapters/01-symptoms.md", Symptoms.Replace("{0}", "Opsoclonus is the main sign [@smith2020].", StringComparison.Ordinal));
        Assert.Equal(2, (await events.ExpectAsync("reload")).GetProperty("build").GetInt32());
        await using var fixedStream = await EventStream.OpenAsync(preview.Client);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await fixedStream.ExpectAsync("hello")).GetProperty("failure").ValueKind);
    }

    [Fact]
    public async Task A_first_build_that_fails_serves_a_waiting_page_that_shows_the_problems()
    {
        await using var preview = await PreviewHarness.StartAsync(h => h.Handbook.Write("index.md", "---\ntitle: Home\n---\nHello.\n"));

        using var response = await preview.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("The handbook has not built yet", page);
        Assert.Contains("<script src=\"/_preview/reload.js\" data-build=\"0\" defer></script>", page);
        await using var events = await EventStream.OpenAsync(preview.Client);
        var hello = await events.ExpectAsync("hello");
        Assert.Equal("OMS0103", hello.GetProperty("failure").GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Contains("The build failed with 1 error(s)", preview.Terminal);
        Assert.Contains("there is no site to show until it builds", preview.Terminal);
    }

    [Fact]
    public async Task The_preview_serves_the_spanish_edition_shows_its_saves_and_its_own_404_page()
    {
        await using var preview = await PreviewHarness.StartAsync(h =>
        {
            h.Handbook.Write("es/site.yml", "title: Manual\ndescription: Un manual.\nbase_url: https://example.org\nlanguage: es\ncondition:\n  name: SOM\n  alternate_names: []\n");
            h.Handbook.Write("es/index.md", "---\ntitle: Manual\ndescription: Inicio.\ntranslation_of: index.md\n---\nHola.\n");
            h.Handbook.Write("es/chapters/01-sintomas.md", "---\ntitle: Síntomas\ndescription: Las señales.\nlast_reviewed: 2026-11-01\ntranslation_of: 01-symptoms.md\n---\nOjos danzantes.\n");
        });
        Assert.Contains("<html lang=\"es\">", await preview.GetTextAsync("/es/sintomas/"));
        await using var events = await EventStream.OpenAsync(preview.Client);
        await events.ExpectAsync("hello");

        preview.Handbook.Write("es/chapters/01-sintomas.md", "---\ntitle: Síntomas\ndescription: Las señales.\nlast_reviewed: 2026-11-01\ntranslation_of: 01-symptoms.md\n---\nEl sueño se interrumpe.\n");

        var reload = await events.ExpectAsync("reload");
        Assert.Contains("/es/sintomas/", reload.GetProperty("paths").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("El sueño se interrumpe.", await preview.GetTextAsync("/es/sintomas/"));
        using var missing = await preview.Client.GetAsync("/es/no-existe/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Página no encontrada", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_preview_answers_with_the_headers_and_redirects_of_netlify()
    {
        await using var preview = await PreviewHarness.StartAsync();
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = preview.Server.Address };

        using var page = await noRedirects.GetAsync("/symptoms/");
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.StartsWith("default-src 'self'; script-src 'self';", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("public, max-age=0, must-revalidate", page.Headers.NonValidated["Cache-Control"].ToString());

        var stylesheet = StylesheetHref().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var css = await noRedirects.GetAsync(stylesheet);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=31536000, immutable", css.Headers.NonValidated["Cache-Control"].ToString());

        using var alias = await noRedirects.GetAsync("/signs/");
        Assert.Equal((HttpStatusCode.MovedPermanently, "/symptoms/"), (alias.StatusCode, alias.Headers.Location?.OriginalString));
        using var noSlash = await noRedirects.GetAsync("/faq");
        Assert.Equal((HttpStatusCode.MovedPermanently, "/faq/"), (noSlash.StatusCode, noSlash.Headers.Location?.OriginalString));

        using var missing = await noRedirects.GetAsync("/no-such-page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var notFound = await missing.Content.ReadAsStringAsync();
        Assert.Contains("/_preview/reload.js", notFound);
        Assert.Contains("<h1", notFound);
    }

    [Fact]
    public async Task Editing_a_theme_asset_rebuilds_with_it_when_the_repository_has_the_theme_sources()
    {
        const string Rule = ".preview-test-rule { color: #123456; }";
        await using var preview = await PreviewHarness.StartAsync(h =>
        {
            var assets = Path.Combine(h.Root, "theme", "OmsHandbook.Theme", "assets");
            Directory.CreateDirectory(assets);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "theme", "OmsHandbook.Theme", "assets")))
            {
                File.Copy(file, Path.Combine(assets, Path.GetFileName(file)));
            }
        });
        Assert.Contains(Path.Combine(preview.Root, "theme", "OmsHandbook.Theme", "assets"), preview.Server.Watched);
        var before = StylesheetHref().Match(await preview.GetTextAsync("/")).Groups[1].Value;
        await using var events = await EventStream.OpenAsync(preview.Client);
        await events.ExpectAsync("hello");

        File.AppendAllText(Path.Combine(preview.Root, "theme", "OmsHandbook.Theme", "assets", "site.css"), "\n" + Rule + "\n");

        await events.ExpectAsync("reload");
        var after = StylesheetHref().Match(await preview.GetTextAsync("/")).Groups[1].Value;
        Assert.NotEqual(before, after);
        Assert.Contains(Rule, await preview.GetTextAsync(after));
    }

    [Fact]
    public async Task Stopping_ends_open_event_streams_and_the_server()
    {
        var preview = await PreviewHarness.StartAsync();
        try
        {
            await using var events = await EventStream.OpenAsync(preview.Client);
            await events.ExpectAsync("hello");

            await preview.Server.StopAsync();

            Assert.Null(await events.NextAsync());
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => preview.Client.GetAsync("/"));
        }
        finally
        {
            await preview.DisposeAsync();
        }
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_says_so_and_exits_one()
    {
        await using var preview = await PreviewHarness.StartAsync();

        var (code, _, stderr) = await Build.Cli("serve", "--input", preview.Handbook.Input, "--port", preview.Server.Address.Port.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(1, code);
        Assert.Contains($"cannot listen on port {preview.Server.Address.Port}", stderr);
        Assert.Contains("pass --port with another number", stderr);
    }

    [Fact]
    public async Task The_reload_script_never_reaches_a_built_site()
    {
        using var handbook = new SmallHandbook();
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);

        foreach (var file in Directory.EnumerateFiles(handbook.Output, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("_preview", File.ReadAllText(file));
        }
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetHref();
}
