using AngleSharp.Dom;
using OmsHandbook.Tests.Support;
using Xunit.Abstractions;

namespace OmsHandbook.Tests.Site;

/// <summary>
/// Every address the build writes (href, src, srcset, action, canonical, JSON-LD, sitemap, robots.txt,
/// the search index's page addresses) is a valid URL string by the URL standard, for the real
/// handbook and for a small one whose references, links, headings and site.yml hold every character
/// a URL may not.
/// </summary>
[Trait("Tier", "Site")]
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

    [Fact]
    public async Task Every_address_a_handbook_full_of_awkward_characters_writes_is_a_valid_url()
    {
        using var handbook = Awkward();

        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        var (pages, addresses) = SiteAddresses.In(handbook.Output);
        log.WriteLine($"{pages} pages, {addresses.Count} addresses");
        AssertValid(addresses);
        AssertEveryKindWasRead(addresses);

        // The awkward addresses are there, encoded, not dropped: each href is what a browser would have sent.
        var symptoms = Build.Page(handbook.Output, "symptoms/index.html");
        var hrefs = symptoms.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("https://example.org/a%20b", hrefs);
        Assert.Contains("https://example.org/100%25", hrefs);
        Assert.Contains("https://example.org/a#b%23c", hrefs);
        Assert.Contains("https://example.org/a%5B1%5D", hrefs);
        Assert.Contains("https://example.org/caf%C3%A9?q=gr%C3%B6%C3%9Fe#f%C3%BCr", hrefs);
        Assert.Contains("https://example.org/auto%7Clink", hrefs);
        Assert.Contains("/media/leaflet%20%C3%A4.pdf#page=2", hrefs);
        Assert.Contains("#eyes-ears-here-100-cafe-1-odd", hrefs);
        Assert.Contains("https://doi.org/10.1000/a%23b%25zz%3C%3E%3B%C3%A9", hrefs);
        Assert.Contains("https://xn--exmple-cua.org/%C3%BCn%C3%AF/a%5B1%5D%7Cb%5Ec%60d%7Be%7D%5Cf?q=%3Cx%3E&r=100%25#top%23again", hrefs);
        Assert.Contains("https://github.com/example/hand%C3%BCbook/edit/feature/caf%C3%A9%20x/input/chapters/01-symptoms.md", hrefs);
        Assert.Equal(["/media/caf%C3%A9.png", "/media/eye%20drawing.png"], symptoms.QuerySelectorAll("main img").Select(i => i.GetAttribute("src")!).Order(StringComparer.Ordinal));
        Assert.Equal("https://xn--exmple-cua.org/hand%7Bbook%7D/symptoms/", symptoms.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        // ...and the reader still sees each reference's address as it was written.
        Assert.Contains(symptoms.QuerySelectorAll(".sources a"), a => a.TextContent == "https://exämple.org/ünï/a[1]|b^c`d{e}\\f?q=<x>&r=100%#top#again");
        Assert.Contains(symptoms.QuerySelectorAll(".sources a"), a => a.TextContent == "DOI 10.1000/a#b%zz<>;é");
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

    /// <summary>The small handbook with an awkward character wherever a maintainer can put one.</summary>
    private static SmallHandbook Awkward()
    {
        var handbook = new SmallHandbook();
        handbook.Write("site.yml", """
            title: Test Handbook
            description: A handbook for tests.
            base_url: https://exämple.org/hand{book}
            language: en-GB
            repository: https://github.com/example/handübook
            branch: feature/café x
            condition:
              name: Opsoclonus-myoclonus syndrome
              alternate_names: [OMS, dancing eye syndrome]
            """);
        handbook.Write("chapters/01-symptoms.md", """
            ---
            title: Symptoms & "signs" <of> OMS
            description: The signs of OMS; "quoted" & <bracketed>.
            audience: families
            last_reviewed: 2026-11-01
            reviewed_by: ""
            aliases: [/signs/, /señales/, /old%20page/]
            ---
            Children with OMS have dancing eyes [@smith2020].

            ## Eyes & "ears" \<here\> — 100% café? #1 {odd}

            Opsoclonus is the main sign [@smith2020; @jones2019; @odd2021].

            ![A drawing of an eye](../media/eye%20drawing.png)
            ![A chart from the café](../media/café.png)

            See [a leaflet](../media/leaflet%20ä.pdf#page=2) and [this heading](#eyes-ears-here-100-cafe-1-odd).

            Links: [spaced](<https://example.org/a b>), [accented](https://example.org/café?q=größe#für),
            [pipe](https://example.org/a|b), [brackets](https://example.org/a[1]), [percent](https://example.org/100%),
            [caret](https://example.org/x^y), [hash](https://example.org/a#b#c), [backtick](<https://example.org/a`b>),
            [mail](<mailto:team@example.org?subject=Hello there>), <https://example.org/auto|link>,
            [quote](https://example.org/say"hi").

            ## Getting help

            See [treatment](02-treatment.md#medicines).
            """);
        handbook.Write("faq.yml", """
            - id: what-is-oms
              question: What is OMS <really>? "Café" & more
              answer: |
                A rare condition with opsoclonus [@smith2020]. See [odd](https://example.org/faq{1}).
              related: [01-symptoms.md]
            - question: Is OMS inherited?
              answer: No, it is not passed down in families [@jones2019].
            """);
        handbook.Write("glossary.yml", File.ReadAllText(handbook.PathOf("glossary.yml")) + "\n" + """
            - term: Café-au-lait <spots> & "marks"
              definition: Light brown patches of skin.
            """);
        handbook.Write("references.yml", File.ReadAllText(handbook.PathOf("references.yml")) + "\n" + $$"""
            altman1976:
              authors: Altman AJ, Baehner RL.
              title: "Favorable prognosis for survival in children with coincident opso-myoclonus and neuroblastoma"
              journal: Cancer
              year: 1976
              doi: {{AltmanDoi}}
            odd2021:
              authors: Ödd Ö
              title: "Odd <addresses> & \"quotes\""
              year: 2021
              doi: "10.1000/a#b%zz<>;é"
              url: "https://exämple.org/ünï/a[1]|b^c`d{e}\\f?q=<x>&r=100%#top#again"

            """);
        handbook.Write("chapters/02-treatment.md", File.ReadAllText(handbook.PathOf("chapters/02-treatment.md"))
            .Replace("[eye movements](01-symptoms.md#eye-movements)", "[eye movements](01-symptoms.md#eyes-ears-here-100-cafe-1-odd) [@altman1976]", StringComparison.Ordinal));
        foreach (var media in new[] { "eye drawing.png", "café.png", "leaflet ä.pdf" })
        {
            handbook.Write(Path.Combine("media", media), "not really an image");
        }

        return handbook;
    }
}
