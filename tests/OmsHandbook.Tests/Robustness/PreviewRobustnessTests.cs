using OmsHandbook.Tests.Serve;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Robustness;

/// <summary>The preview under odd input and odd requests: a diagnostic or a Netlify-like answer, never a stack trace or an empty 500.</summary>
[Trait("Tier", "Site")]
public sealed class PreviewRobustnessTests
{
    [Fact]
    public async Task Serve_pointed_at_a_missing_folder_prints_one_diagnostic_and_exits_as_build_does()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "missing") + "/";

        var (buildCode, _, buildErrors) = await Build.Cli("build", "--input", missing, "--output", Path.Combine(folder.Path, "output"), "--today", Build.TodayArgument);
        var (serveCode, serveOut, serveErrors) = await Build.Cli("serve", "--input", missing, "--port", "0", "--today", Build.TodayArgument);

        Assert.Equal(buildCode, serveCode);
        Assert.Equal(1, serveCode);
        Assert.Equal("", serveOut);
        var line = Assert.Single(serveErrors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"missing/\(1,1\): error OMS0001: ", line);
        Assert.Equal(buildErrors.Trim(), line.Trim());
    }

    [Theory]
    [InlineData("//faq", "/faq/")]
    [InlineData("///faq?q=1", "/faq/?q=1")]
    [InlineData("//symptoms", "/symptoms/")]
    [InlineData("//signs/", "/symptoms/")]
    [InlineData("/faq", "/faq/")]
    public async Task An_address_with_doubled_slashes_redirects_within_the_site_never_protocol_relative(string target, string location)
    {
        await using var preview = await PreviewHarness.StartAsync();

        var answer = await RawRequest.GetAsync(preview.Server.Address, target);

        Assert.Equal((301, location), (answer.Status, answer.Location));
    }

    [Fact]
    public async Task An_address_is_percent_decoded_exactly_once_as_on_netlify()
    {
        await using var preview = await PreviewHarness.StartAsync();

        // "%66" is "f": decoded once, "/%66aq/" is the FAQ, and "/%2566aq/" is the address "/%66aq/", which is no page.
        Assert.Equal(200, (await RawRequest.GetAsync(preview.Server.Address, "/%66aq/")).Status);
        Assert.Equal(404, (await RawRequest.GetAsync(preview.Server.Address, "/%2566aq/")).Status);
        Assert.Equal(404, (await RawRequest.GetAsync(preview.Server.Address, "/%252Ffaq/")).Status);
        var once = await RawRequest.GetAsync(preview.Server.Address, "/%2566aq");
        Assert.Equal(404, once.Status);
        Assert.Null(once.Location);
    }

    [Theory]
    [InlineData("/old//evil.example/", "/evil.example/")]
    [InlineData("/old/%2F%2Fevil.example/", "/%252F%252Fevil.example/")]
    [InlineData("/old/a%3Fb=1", "/a%3Fb%3D1")]
    [InlineData("/old/caf%C3%A9", "/caf%C3%A9")]
    [InlineData("/back/", "/")]
    public async Task A_redirect_rule_fills_its_target_with_the_path_encoded_again_and_stays_on_the_site(string target, string location)
    {
        await using var preview = await PreviewHarness.StartAsync(h => File.AppendAllText(Path.Combine(h.Root, "netlify.toml"), """

            [[redirects]]
              from = "/old/*"
              to = "/:splat"
            [[redirects]]
              from = "/back/*"
              to = "//:splat"
            """));

        var answer = await RawRequest.GetAsync(preview.Server.Address, target);

        Assert.Equal((301, location), (answer.Status, answer.Location));
    }

    [Fact]
    public async Task A_header_value_http_does_not_allow_is_warning_oms0701_at_its_place_and_only_that_header_is_left_out()
    {
        var line = 0;
        await using var preview = await PreviewHarness.StartAsync(h =>
        {
            var toml = Path.Combine(h.Root, "netlify.toml");
            line = File.ReadAllLines(toml).Length + 6;
            File.AppendAllText(toml, """

                [[headers]]
                  for = "/*"
                  [headers.values]
                    X-Team = "OMS"
                    X-Motto = "Café au lait"
                    "X Spaced" = "1"
                """);
        });

        var page = await RawRequest.GetAsync(preview.Server.Address, "/symptoms/");

        Assert.Equal(200, page.Status);
        Assert.Contains("Symptoms", page.Body, StringComparison.Ordinal);
        Assert.Equal("OMS", page.Headers["X-Team"]);
        Assert.StartsWith("default-src 'self'", page.Headers["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.False(page.Headers.ContainsKey("X-Motto"));
        var terminal = preview.Terminal;
        Assert.True(terminal.Contains($"netlify.toml({line},15): warning OMS0701: the value of header 'X-Motto' holds 'é' (U+00E9); a header value may hold only visible ASCII", StringComparison.Ordinal), terminal);
        Assert.True(terminal.Contains($"netlify.toml({line + 1},5): warning OMS0701: the header name 'X Spaced' holds the control or space character U+0020", StringComparison.Ordinal), terminal);
        Assert.True(terminal.Contains("the preview serves without this header until it is fixed", StringComparison.Ordinal), terminal);
    }

    [Fact]
    public async Task A_netlify_toml_that_is_not_toml_is_warning_oms0701_at_its_line_and_column_and_the_headers_it_had_stay()
    {
        await using var preview = await PreviewHarness.StartAsync();
        var toml = Path.Combine(preview.Root, "netlify.toml");
        var line = File.ReadAllLines(toml).Length + 3;

        File.AppendAllText(toml, """

            [[headers]]
              for "/*"
            """);

        await preview.TerminalShowsAsync($"netlify.toml({line},7): warning OMS0701: netlify.toml cannot be read (not valid TOML: Expected `=` after key but was `\"/*\"`); the preview keeps the headers and redirects it had");
        Assert.DoesNotContain("   at ", preview.Terminal, StringComparison.Ordinal);
        var page = await RawRequest.GetAsync(preview.Server.Address, "/symptoms/");
        Assert.Equal(200, page.Status);
        Assert.StartsWith("default-src 'self'", page.Headers["Content-Security-Policy"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_rebuilds_again_after_input_is_deleted_and_created_anew()
    {
        await using var preview = await PreviewHarness.StartAsync();
        var input = preview.Handbook.Input;
        var kept = Path.Combine(preview.Root, "kept");
        FolderCopy.Copy(input, kept);
        await using var events = await EventStream.OpenAsync(preview.Client);
        await events.ExpectAsync("hello");

        Directory.Delete(input, recursive: true);
        var gone = (await events.ExpectAsync("failure")).GetProperty("failure").GetProperty("diagnostics");
        Assert.Contains(gone.EnumerateArray(), d => d.GetProperty("code").GetString() == "OMS0001");
        Assert.Contains("Getting help", await preview.GetTextAsync("/symptoms/"));

        // Made again file by file, as a `git checkout` or an unzip would.
        FolderCopy.Copy(kept, input);
        await events.ExpectAsync("reload");
        Assert.Contains("Getting help", await preview.GetTextAsync("/symptoms/"));

        // The watcher is armed on the new folder: a save in it is seen like any other.
        var chapter = Path.Combine(input, "chapters", "01-symptoms.md");
        File.WriteAllText(chapter, File.ReadAllText(chapter).Replace("Getting help", "Finding help", StringComparison.Ordinal));
        await events.ExpectAsync("reload");
        await WaitUntilAsync(async () => (await preview.GetTextAsync("/symptoms/")).Contains("Finding help", StringComparison.Ordinal));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < EventStream.Patience, "the preview never showed the change");
            await Task.Delay(20);
        }
    }
}
