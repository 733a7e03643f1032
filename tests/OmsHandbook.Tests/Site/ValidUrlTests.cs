using AngleSharp.Dom;
using OmsHandbook.Tests.Support;
using Xunit.Abstractions;

namespace OmsHandbook.Tests.Site;

/// <summary>
/// Every address the build writes (href, src, srcset, action, canonical, JSON-LD, sitemap, robots.txt,
/// the search index's page addresses) is a valid URL string by the URL standard, for the real
/// handbook.
/// </summary>
public sealed class ValidUrlTests(RealHandbookFixture site, ITestOutputHelper log) : IClassFixture<RealHandbookFixture>
{
    private const string AltmanDoi = "10.1002/1097-0142(197602)37:2<846::AID-CNCR2820370233>3.0.CO;2-L";

    [Fact]
    public void Every_address_the_real_handbook_writes_is_a_valid_url()
    {
        Assert.True(site.Result.Succeeded, string.Join('\n', Build.Errors(site.Result)));

        var (pages, addresses) = SiteAddresses.In(site.Output);

        log.WriteLine($"{pages} pages, {addresses.Count} addresses ({addresses.Select(a => a.Url).Distinct(StringComparer.Ordinal).Count()} distinct)");
        AssertValid(addresses);
        Assert.Equal(site.Pages.Count, pages);
        AssertEveryKindWasRead(addresses);
    }

    [Fact]
    public void The_altman_doi_is_percent_encoded_in_its_href_and_json_ld_and_shown_as_written()
    {
        const string encoded = "https://doi.org/10.1002/1097-0142%28197602%2937%3A2%3C846%3A%3AAID-CNCR2820370233%3E3.0.CO%3B2-L";
        var page = site.Pages["neuroblastoma/index.html"];

        var link = page.QuerySelectorAll(".sources a").Single(a => a.TextContent == "DOI " + AltmanDoi);

        Assert.Equal(encoded, link.GetAttribute("href"));
        Assert.Contains($"\"sameAs\":\"{encoded}\"", page.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
    }

    private static void AssertValid(IReadOnlyList<WrittenAddress> addresses)
    {
        var invalid = addresses
            .Select(a => (Address: a, Problem: UrlStandard.Problem(a.Url)))
            .Where(x => x.Problem is not null)
            .Select(x => $"{x.Address}: {x.Problem}")
            .ToList();
        Assert.True(invalid.Count == 0, $"{invalid.Count} addresses are not valid URLs:\n" + string.Join('\n', invalid.Take(40)));
    }

    /// <summary>A scan that silently stopped reading one kind of address would pass; each kind must turn up.</summary>
    private static void AssertEveryKindWasRead(IReadOnlyList<WrittenAddress> addresses)
    {
        string[] kinds = ["<a href>", "<link href>", "<script src>", "<form action>", "<form data-search-index>", "<loc>", "Sitemap", "page", "section"];
        Assert.All(kinds, kind => Assert.Contains(addresses, a => a.What == kind));
        Assert.Contains(addresses, a => a.What.StartsWith("JSON-LD", StringComparison.Ordinal));
    }
}
