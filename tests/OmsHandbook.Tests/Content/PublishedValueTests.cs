using OmsHandbook.Content;

namespace OmsHandbook.Tests.Content;

/// <summary>Each kind of value written into another file accepts what its target reads as one value, and nothing more.</summary>
[Trait("Tier", "Unit")]
public sealed class PublishedValueTests
{
    [Theory]
    [InlineData("/old-page/")]
    [InlineData("old-page")]
    [InlineData("/guides/2024/sleep.html")]
    [InlineData("/síntomas/")]
    [InlineData("/caf%C3%A9/")]
    public void Site_paths_that_redirects_read_as_one_path_are_accepted(string path) =>
        Assert.Null(PublishedValue.SitePath.Problem(path));

    [Theory]
    [InlineData("/old /* https://evil.example/ 200!")]
    [InlineData("/old\n/* https://evil.example/ 200!")]
    [InlineData("/*")]
    [InlineData("/:splat")]
    [InlineData("/page?x=1")]
    [InlineData("/page#top")]
    [InlineData("/100%")]
    [InlineData("//evil.example/")]
    [InlineData("/a/../b/")]
    [InlineData("/")]
    public void Site_paths_that_would_be_more_than_a_path_are_refused(string path) =>
        Assert.NotNull(PublishedValue.SitePath.Problem(path));

    [Theory]
    [InlineData("https://example.org")]
    [InlineData("http://example.org/a/b?c=d#e")]
    [InlineData("https://onlinelibrary.wiley.com/doi/10.1002/1097-0142(197603)37:3<1207::AID-CNCR2820370306>3.0.CO;2-C")]
    public void Web_addresses_are_absolute_http_or_https(string address) =>
        Assert.Null(PublishedValue.WebAddress.Problem(address));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("//example.org")]
    [InlineData("example.org")]
    [InlineData("https://example.org\nDisallow: /")]
    [InlineData("https://example.org/\u2028x")]
    [InlineData("https://nhs.uk@evil.example/")]
    public void Other_addresses_are_refused(string address) =>
        Assert.NotNull(PublishedValue.WebAddress.Problem(address));

    [Fact]
    public void The_site_address_has_no_query_or_fragment_because_paths_are_added_to_it()
    {
        Assert.Null(PublishedValue.SiteAddress.Problem("https://example.org/handbook"));
        Assert.NotNull(PublishedValue.SiteAddress.Problem("https://example.org/?a=b"));
        Assert.NotNull(PublishedValue.SiteAddress.Problem("https://example.org/#top"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("es-419")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sl-rozaj-biske")]
    [InlineData("de-CH-1901")]
    [InlineData("en-US-x-twain")]
    [InlineData("x-whatever")]
    public void Well_formed_language_tags_are_accepted(string tag) =>
        Assert.Null(PublishedValue.LanguageTag.Problem(tag));

    [Theory]
    [InlineData("English")]
    [InlineData("en_GB")]
    [InlineData("en-GB\"><script>")]
    [InlineData("e")]
    [InlineData("en-")]
    [InlineData("")]
    public void Anything_else_is_not_a_language_tag(string tag) =>
        Assert.NotNull(PublishedValue.LanguageTag.Problem(tag));

    [Theory]
    [InlineData("10.1016/j.ejpn.2009.03.002", true)]
    [InlineData("10.1002/1097-0142(197603)37:3<1207::AID-CNCR2820370306>3.0.CO;2-C", true)]
    [InlineData("https://doi.org/10.1016/j.ejpn.2009.03.002", false)]
    [InlineData("10.1016/x y", false)]
    [InlineData("doi:10.1016/x", false)]
    public void A_doi_is_10_dot_a_number_slash_the_item(string doi, bool accepted) =>
        Assert.Equal(accepted, PublishedValue.Doi.Problem(doi) is null);
}
