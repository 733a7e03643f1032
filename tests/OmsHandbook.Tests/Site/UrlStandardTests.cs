using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>The address check the built-site tests rely on refuses what the URL standard refuses, so a clean scan means something.</summary>
[Trait("Tier", "Unit")]
public sealed class UrlStandardTests
{
    [Theory]
    [InlineData("https://omshandbook.org/")]
    [InlineData("https://doi.org/10.1002/1097-0142%28197602%2937%3A2%3C846%3A%3AAID-CNCR2820370233%3E3.0.CO%3B2-L")]
    [InlineData("https://example.org:8443/a/b;c=d?q=1&r=(2)*!$'+,;@:/?x#frag/?:@")]
    [InlineData("https://xn--exmple-cua.org/caf%C3%A9")]
    [InlineData("https://[2001:db8::1]:80/")]
    [InlineData("/symptoms/#eye-movements")]
    [InlineData("#main-content")]
    [InlineData("?q=oms")]
    [InlineData("../media/eye.png")]
    [InlineData("./a:b")]
    [InlineData("//omshandbook.org/faq/")]
    [InlineData("mailto:team@example.org?subject=Hello%20there")]
    [InlineData("tel:+441234567890")]
    public void Accepts_valid_url_strings(string url)
    {
        Assert.Null(UrlStandard.Problem(url));
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("https://example.org/a study", "space")]
    [InlineData(" /faq/", "space")]
    [InlineData("https://doi.org/10.1002/1097-0142(197602)37:2<846::AID>3.0.CO;2-L", "'<'")]
    [InlineData("https://example.org/a>b", "'>'")]
    [InlineData("https://example.org/\"x\"", "'\"'")]
    [InlineData("https://example.org/{1}", "'{'")]
    [InlineData("https://example.org/a|b", "'|'")]
    [InlineData("https://example.org/a\\b", "'\\'")]
    [InlineData("https://example.org/a^b", "'^'")]
    [InlineData("https://example.org/a`b", "'`'")]
    [InlineData("https://example.org/café", "U+00E9")]
    [InlineData("/glossary/#term-caf\u00e9", "U+00E9")]
    [InlineData("https://example.org/\U0001F600", "outside the BMP")]
    [InlineData("https://example.org/100%", "'%'")]
    [InlineData("https://example.org/100%2", "'%'")]
    [InlineData("https://example.org/%zz", "'%'")]
    [InlineData("https://example.org/a#b#c", "second '#'")]
    [InlineData("https://example.org/a[1]", "'['")]
    [InlineData("/a]", "']'")]
    [InlineData("javascript:alert(1)", "runs script")]
    [InlineData("JavaScript:void(0)", "runs script")]
    [InlineData("https:example.org", "without '//'")]
    [InlineData("https://", "host ''")]
    [InlineData("https://exa_mple.org/", "host")]
    [InlineData("https://user:pw@example.org/", "user name")]
    [InlineData("https://example.org:99999/", "port")]
    [InlineData("https://example.org:8x/", "port")]
    [InlineData("1a:b/c", "first part")]
    [InlineData("https://example.org/a\tb", "U+0009")]
    public void Refuses_what_the_standard_refuses_and_says_why(string url, string reason)
    {
        var problem = UrlStandard.Problem(url);
        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_each_address_of_a_srcset_without_its_descriptor()
    {
        Assert.Equal(["/a.png", "/b%20c.png", "/d.png", "e.png"], UrlStandard.SrcsetUrls(" /a.png 1x, /b%20c.png 2x,/d.png 640w , e.png"));
        Assert.Equal(["a.png", "b.png"], UrlStandard.SrcsetUrls("a.png, b.png"));

        // HTML reads up to the next space as the URL, so without one the comma is part of it.
        Assert.Equal(["a.png,b.png"], UrlStandard.SrcsetUrls("a.png,b.png"));
    }
}
