using OmsHandbook.Site;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>Href.Encode turns what a maintainer writes into a valid URL that leads where the written one would.</summary>
[Trait("Tier", "Unit")]
public sealed class HrefTests
{
    [Theory]
    [InlineData("https://example.org/a b", "https://example.org/a%20b")]
    [InlineData("https://example.org/100%", "https://example.org/100%25")]
    [InlineData("https://example.org/100%2", "https://example.org/100%252")]
    [InlineData("https://example.org/a%20b%zz", "https://example.org/a%20b%25zz")]
    [InlineData("https://example.org/a#b#c", "https://example.org/a#b%23c")]
    [InlineData("https://example.org/a[1]?x=[2]#[3]", "https://example.org/a%5B1%5D?x=%5B2%5D#%5B3%5D")]
    [InlineData("https://[2001:db8::1]:8080/a[1]", "https://[2001:db8::1]:8080/a%5B1%5D")]
    [InlineData("https://exämple.org:8443/café", "https://xn--exmple-cua.org:8443/caf%C3%A9")]
    [InlineData("//exämple.org/", "//xn--exmple-cua.org/")]
    [InlineData("/glossary/#term-café", "/glossary/#term-caf%C3%A9")]
    [InlineData("https://example.org/\U0001F600", "https://example.org/%F0%9F%98%80")]
    [InlineData("mailto:team@example.org?subject=Hello there", "mailto:team@example.org?subject=Hello%20there")]
    [InlineData("https://example.org/a/b;c=d?q=(1)&r=*!$'+,@:~", "https://example.org/a/b;c=d?q=(1)&r=*!$'+,@:~")]
    public void Encodes_what_the_url_standard_refuses_and_keeps_the_rest(string written, string encoded)
    {
        Assert.Equal(encoded, Href.Encode(written));
        Assert.Null(UrlStandard.Problem(encoded));
    }

    [Theory]
    [InlineData("https://exämple.org/ünï/a[1]|b^c`d{e}\\f?q=<x>&r=100%#top#again")]
    [InlineData("/a b/%zz#x#y")]
    public void Encoding_twice_changes_nothing(string written)
    {
        var once = Href.Encode(written);

        Assert.Equal(once, Href.Encode(once));
    }

    [Fact]
    public void A_path_keeps_only_unreserved_characters_and_slashes()
    {
        Assert.Equal("feature/caf%C3%A9%20x%231", Href.EncodePath("feature/café x#1"));
        Assert.Equal("10.1002/1097-0142%28197602%2937%3A2%3C846%3E", Href.EncodePath("10.1002/1097-0142(197602)37:2<846>"));
    }
}
