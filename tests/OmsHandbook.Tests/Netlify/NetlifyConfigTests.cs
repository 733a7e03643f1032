using System.Globalization;
using System.Text.RegularExpressions;
using OmsHandbook.Serve.Netlify;
using OmsHandbook.Tests.Support;
using Tomlyn.Model;

namespace OmsHandbook.Tests.Netlify;

/// <summary>netlify.toml, read with the same reader the preview uses: how the site is built, published and protected.</summary>
[Trait("Tier", "Unit")]
public sealed class NetlifyConfigTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(RepoPaths.Root, NetlifyConfig.FileName));
    private static readonly TomlTable Toml = TomlDocument.Parse(Text).Root;
    private static readonly NetlifyConfig Config = NetlifyConfig.Parse(Text);

    public static TheoryData<string> SitePaths => new() { "/", "/symptoms/", "/faq/", "/404.html", "/assets/site.0123456789.css", "/media/eyes.png", "/sitemap.xml" };

    [Fact]
    public void The_build_runs_the_sdk_installing_script_and_publishes_output()
    {
        var build = (TomlTable)Toml["build"];
        Assert.Equal("bash .ci/netlify-build", build["command"]);
        Assert.Equal("output", build["publish"]);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, ".ci", "netlify-build")));
    }

    [Theory]
    [InlineData("deploy-preview")]
    [InlineData("branch-deploy")]
    public void Previews_are_built_with_noindex(string context)
    {
        Assert.Equal("bash .ci/netlify-build --noindex", ((TomlTable)((TomlTable)Toml["context"])[context])["command"]);
    }

    [Theory]
    [MemberData(nameof(SitePaths))]
    public void Every_path_gets_a_strict_csp_without_unsafe_inline_and_the_security_headers(string path)
    {
        var headers = Headers(path);
        var csp = headers["Content-Security-Policy"].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
             "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"],
            csp);
        Assert.DoesNotContain("unsafe", headers["Content-Security-Policy"]);
        var maxAge = Regex.Match(headers["Strict-Transport-Security"], @"^max-age=(\d+)");
        Assert.True(maxAge.Success && long.Parse(maxAge.Groups[1].Value, CultureInfo.InvariantCulture) >= 31536000,
            "HSTS must last at least a year: " + headers["Strict-Transport-Security"]);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.Contains("camera=()", headers["Permissions-Policy"]);
        Assert.Contains("geolocation=()", headers["Permissions-Policy"]);
    }

    [Fact]
    public void Fingerprinted_assets_are_cached_for_a_year_as_immutable()
    {
        Assert.Equal("public, max-age=31536000, immutable", Headers("/assets/site.0123456789.css")["Cache-Control"]);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/symptoms/")]
    [InlineData("/symptoms/index.html")]
    [InlineData("/404.html")]
    [InlineData("/search/index.json")]
    [InlineData("/sw.js")]
    [InlineData("/es/")]
    [InlineData("/es/sintomas/")]
    [InlineData("/es/sintomas/index.html")]
    [InlineData("/es/404.html")]
    [InlineData("/es/search/index.json")]
    public void Pages_and_the_search_index_they_name_are_revalidated_on_every_visit(string path)
    {
        Assert.Equal("public, max-age=0, must-revalidate", Headers(path)["Cache-Control"]);
    }

    [Fact]
    public void Every_header_in_the_repository_is_one_http_allows()
    {
        Assert.Empty(Config.Problems);
    }

    [Fact]
    public void A_header_http_does_not_allow_is_left_out_with_where_it_is_and_the_others_stay()
    {
        var config = NetlifyConfig.Parse("""
            [[headers]]
              for = "/*"
              [headers.values]
                X-Good = "yes"
                X-Bad = "line one\nline two"
                "X:Colon" = "1"
                X-Tab = "a\tb"
            """);

        Assert.Equal([new("X-Good", "yes"), new("X-Tab", "a\tb")], config.HeadersFor("/faq/"));
        Assert.Equal(
            [(new TomlPosition(5, 13), "the value of header 'X-Bad' holds the control or space character U+000A"),
             (new TomlPosition(6, 5), "the header name 'X:Colon' holds ':' (U+003A)")],
            config.Problems.Select(p => (p.At, p.Reason[..p.Reason.IndexOf(';', StringComparison.Ordinal)])));
    }

    [Fact]
    public void Every_way_toml_writes_a_rule_gives_the_same_headers_and_redirects()
    {
        var config = NetlifyConfig.Parse(""""
            [[headers]]
              for = "/a/*"
              values.X-Dotted = 'literal'
            [[headers]]
              for = "/a/*"
              values = { X-Inline = "1", X-List = ["one ", " two"] }
            [[headers]]
              for = "/b/"
              [headers.values]
                X-Joined = """\
                  one,
                  two"""
            [[redirects]]
              from = "/old/:page"
              to = "/:page/"
              status = 302
              force = true
            """");

        Assert.Equal([new("X-Dotted", "literal"), new("X-Inline", "1"), new("X-List", "one, two")], config.HeadersFor("/a/page"));
        Assert.Equal([new("X-Joined", "one, two")], config.HeadersFor("/b/"));
        var redirect = Assert.Single(config.Redirects);
        Assert.Equal(("/old/:page", "/:page/", 302, true), (redirect.From.Pattern, redirect.To, redirect.Status, redirect.Force));
    }

    [Theory]
    [InlineData("[[headers]]\n  for \"/*\"", 2, 7, "Expected `=` after key")]
    [InlineData("[[headers]\n  for = \"/*\"", 1, 10, "Expected `]]`")]
    [InlineData("[[headers]]\n  for = \"/*\n", 2, 12, "Invalid newline in a string")]
    [InlineData("[[headers]]\n  for = /*", 2, 9, "Unexpected token")]
    [InlineData("[[headers]]\n  for = \"/a\"\n  for = \"/b\"", 3, 3, "The key `headers.for` is already defined at (2,3)")]
    [InlineData("[build]\n[other]\n[build]", 3, 1, "The key `build` is already defined at (1,1)")]
    public void Text_that_is_not_toml_is_refused_at_the_line_and_column_of_the_mistake(string text, int line, int column, string reason)
    {
        var error = Assert.Throws<NetlifyConfigException>(() => NetlifyConfig.Parse(text));

        Assert.Equal(new TomlPosition(line, column), error.At);
        Assert.StartsWith("not valid TOML: " + reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[[headers]]\n  for = \"/*\"\n  values = {}\n\n[[headers]]\n  [headers.values]\n    X-A = \"1\"", 5, 1, "[[headers]] rule 2 needs for = \"/path\"")]
    [InlineData("[[headers]]\n  for = 1\n  values = {}", 2, 9, "[[headers]] rule 1 needs for = \"/path\"")]
    [InlineData("[[headers]]\n  for = \"/*\"", 1, 1, "[[headers]] rule 1 needs a [headers.values] table")]
    [InlineData("[[headers]]\n  for = \"/*\"\n  [headers.values]\n    X-A = 1.5", 4, 11, "header 'X-A' in [[headers]] rule 1 must be text or a list of text")]
    [InlineData("[[redirects]]\n  from = \"/a\"", 1, 1, "[[redirects]] rule 1 needs to = \"/new-path\"")]
    [InlineData("[[redirects]]\n  from = \"/a\"\n  to = \"/b\"\n  status = \"302\"", 4, 12, "status in [[redirects]] rule 1 must be a whole number, such as 301")]
    [InlineData("[[redirects]]\n  from = \"/a\"\n  to = \"/b\"\n  force = \"yes\"", 4, 11, "force in [[redirects]] rule 1 must be true or false")]
    public void A_rule_netlify_would_refuse_is_reported_at_the_value_or_the_rule(string text, int line, int column, string reason)
    {
        var error = Assert.Throws<NetlifyConfigException>(() => NetlifyConfig.Parse(text));

        Assert.Equal((new TomlPosition(line, column), reason), (error.At, error.Reason));
    }

    private static Dictionary<string, string> Headers(string path) =>
        Config.HeadersFor(path).ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
}
