using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>A page's Sources list reads as text, part after part, and its links are addresses a browser takes as written.</summary>
[Trait("Tier", "Site")]
public sealed class SourcesListTests
{
    [Fact]
    public async Task Each_source_reads_as_a_sentence_with_spaces_between_its_parts()
    {
        using var handbook = new SmallHandbook();

        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);

        var items = Build.Page(handbook.Output, "symptoms/index.html").QuerySelectorAll(".sources li").Select(li => li.TextContent).ToList();
        Assert.Equal(
            [
                "Smith A, Brown B. A study of OMS. J Test. 2020. DOI 10.1000/test.1. PubMed 12345.",
                "Jones C. Another study. 2019. https://example.org/study",
            ],
            items);
    }

    [Fact]
    public async Task A_doi_or_address_with_characters_a_url_may_not_hold_is_encoded_in_the_href_and_shown_as_written()
    {
        using var handbook = new SmallHandbook();
        const string doi = "10.1002/1097-0142(197603)37:3<1207::AID-CNCR2820370306>3.0.CO;2-C";
        handbook.Write("references.yml", File.ReadAllText(handbook.PathOf("references.yml"))
            .Replace("doi: 10.1000/test.1", "doi: " + doi, StringComparison.Ordinal)
            .Replace("url: https://example.org/study", "url: https://example.org/a study{1}", StringComparison.Ordinal));

        var result = await Build.Run(handbook.Input, handbook.Output);

        // "a study" has a space, which the address check refuses; an encoded one is what the maintainer writes.
        Assert.False(result.Succeeded);
        handbook.Write("references.yml", File.ReadAllText(handbook.PathOf("references.yml")).Replace("a study{1}", "a%20study{1}", StringComparison.Ordinal));
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);

        var links = Build.Page(handbook.Output, "symptoms/index.html").QuerySelectorAll(".sources a").ToList();
        var doiLink = links.Single(a => a.TextContent.StartsWith("DOI", StringComparison.Ordinal));
        Assert.Equal("https://doi.org/10.1002/1097-0142%28197603%2937%3A3%3C1207%3A%3AAID-CNCR2820370306%3E3.0.CO%3B2-C", doiLink.GetAttribute("href"));
        Assert.Equal("DOI " + doi, doiLink.TextContent);
        var urlLink = links.Single(a => a.TextContent.StartsWith("https://", StringComparison.Ordinal));
        Assert.Equal("https://example.org/a%20study%7B1%7D", urlLink.GetAttribute("href"));
        Assert.Equal("https://example.org/a%20study{1}", urlLink.TextContent);
    }
}
