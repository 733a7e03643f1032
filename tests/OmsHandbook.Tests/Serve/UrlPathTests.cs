using OmsHandbook.Serve;

namespace OmsHandbook.Tests.Serve;

/// <summary>Paths decoded once on the way in, encoded once on the way out, and Location headers that stay on the site.</summary>
[Trait("Tier", "Unit")]
public sealed class UrlPathTests
{
    [Theory]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("//", "/")]
    [InlineData("//faq", "/faq")]
    [InlineData("/faq//", "/faq/")]
    [InlineData("///a//b/", "/a/b/")]
    public void A_request_path_has_single_slashes(string path, string normalized) =>
        Assert.Equal(normalized, RequestPath.Normalize(path));

    [Theory]
    [InlineData("/faq/", "/faq/")]
    [InlineData("/a b/%66/", "/a%20b/%2566/")]
    [InlineData("/café?#", "/caf%C3%A9%3F%23")]
    public void A_decoded_path_is_encoded_segment_by_segment(string decoded, string encoded)
    {
        Assert.Equal(encoded, UrlPath.Encode(decoded));
        Assert.Equal(decoded, UrlPath.Decode(encoded));
    }

    [Theory]
    [InlineData("//evil.example/", "/evil.example/")]
    [InlineData("/\\evil.example/", "/evil.example/")]
    [InlineData("/café/ x", "/caf%C3%A9/%20x")]
    [InlineData("https://example.org/a?b=c", "https://example.org/a?b=c")]
    public void A_location_stays_on_the_site_and_holds_only_what_a_header_may(string address, string location) =>
        Assert.Equal(location, UrlPath.Location(address));
}
