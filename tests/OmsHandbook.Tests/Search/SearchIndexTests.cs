using System.Text.Json;
using OmsHandbook.Pipeline;
using OmsHandbook.Search;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Search;

/// <summary>The index a build writes: what it holds for each page and section, synonyms, safety and sameness.</summary>
[Trait("Tier", "Site")]
public sealed class SearchIndexTests
{
    private const string Xss = "<img src=x onerror=alert(1)>";

    private static string ManifestHref(string output) =>
        Build.Page(output, "index.html").QuerySelector("form[role=search]")!.GetAttribute("data-search-index")!;

    private static async Task<SearchIndexReader> BuildAndRead(SmallHandbook handbook)
    {
        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        return SearchIndexReader.FromSite(handbook.Output, ManifestHref(handbook.Output));
    }

    [Fact]
    public void Pages_split_into_h2_and_h3_sections_with_deeper_headings_care_cards_and_explicit_glossary_links_inside()
    {
        var (parsed, _, _, _) = new MarkdownHarness().Resolve("""
            Intro about [the eye movements](glossary:opsoclonus).

            ## Treatment

            Steroids first.

            #### Doses

            Ask the team.

            ::: urgent Call your care team today if:
            - a fever
            :::

            ### IVIG

            Given by drip.
            """);

        var sections = SectionSplitter.Split(parsed.Document);

        Assert.Equal(["", "Treatment", "IVIG"], sections.Select(s => s.Heading));
        Assert.Equal(["", "treatment", "ivig"], sections.Select(s => s.Id));
        Assert.Equal([1, 2, 3], sections.Select(s => s.Level));
        Assert.Equal("Intro about the eye movements.", sections[0].Text);
        Assert.Contains("opsoclonus", sections[0].LinkedTerms);
        Assert.Equal("Steroids first. Doses Ask the team. Call your care team today if: a fever", sections[1].Text);
        Assert.Equal("Given by drip.", sections[2].Text);
    }

    [Fact]
    public async Task Every_page_section_question_and_glossary_term_is_an_entry_linking_to_its_anchor()
    {
        using var handbook = new SmallHandbook();
        var index = await BuildAndRead(handbook);

        var hrefs = Enumerable.Range(0, index.EntryCount).Select(e => index.Entry(e).Href).ToList();
        Assert.Equal(
            ["/", "/symptoms/", "/symptoms/#eye-movements", "/symptoms/#getting-help", "/treatment/", "/treatment/#medicines",
             "/faq/#what-is-oms", "/faq/#is-oms-inherited", "/glossary/#term-opsoclonus", "/glossary/#term-myoclonus"],
            hrefs);
        var section = index.Entry(2);
        Assert.Equal(("Symptoms", "Eye movements", "/symptoms/#eye-movements", "Opsoclonus is the main sign. Opsoclonus again."), section);
        Assert.Equal("Fast eye movements in every direction. Also called: dancing eyes.", index.Entry(8).Text);
        Assert.False(index.Sharded);
    }

    [Fact]
    public async Task An_edition_in_Spanish_gets_an_index_made_with_the_Spanish_rules_and_named_so()
    {
        using var handbook = new SmallHandbook();
        var site = Path.Combine(handbook.Input, "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("language: en-GB", "language: es", StringComparison.Ordinal));
        var index = await BuildAndRead(handbook);

        Assert.Equal("es", index.Language);
        // The Spanish rules know no English stop words, and "dancing" is not stemmed as Porter would ("danc").
        Assert.Contains("with", index.Terms);
        Assert.Contains("dancing", index.Terms);
    }

    [Fact]
    public async Task An_entry_is_found_by_the_glossary_term_it_uses_whichever_name_it_uses()
    {
        using var handbook = new SmallHandbook();
        var index = await BuildAndRead(handbook);

        // The symptoms page says "dancing eyes", the section "Opsoclonus": both use the term.
        var usesOpsoclonus = index.HrefsFor(InvertedIndex.TermPrefix + "opsoclonus");
        Assert.Contains("/symptoms/", usesOpsoclonus);
        Assert.Contains("/symptoms/#eye-movements", usesOpsoclonus);
        Assert.DoesNotContain("/treatment/#medicines", usesOpsoclonus);
        Assert.Contains(("opsoclonus", "Opsoclonus", (IReadOnlyList<string>)["dancing eyes"]), index.Glossary.Select(g => (g.Slug, g.Term, g.Aliases)).ToList(), new GlossaryComparer());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Word_groups_from_search_synonyms_reach_the_first_file_whether_or_not_it_is_sharded(bool sharded)
    {
        using var handbook = new SmallHandbook();
        handbook.Write("search-synonyms.yml", "- words: [inherited, genetic, runs in families]\n- words: [catching, contagious]\n");
        var options = new BuildOptions(handbook.Input, handbook.Output, Build.Today)
        {
            SearchIndex = sharded ? new SearchIndexOptions(ShardThresholdBytes: 0, PostingsShardBytes: 4 * 1024) : SearchIndexOptions.Default,
        };

        var result = await new SiteBuilder().BuildAsync(options);

        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        var index = SearchIndexReader.FromSite(handbook.Output, ManifestHref(handbook.Output));
        Assert.Equal(sharded, index.Sharded);
        Assert.Equal([["inherited", "genetic", "runs in families"], ["catching", "contagious"]], index.WordGroups);
    }

    [Fact]
    public async Task A_handbook_without_search_synonyms_writes_no_word_groups()
    {
        using var handbook = new SmallHandbook();

        var index = await BuildAndRead(handbook);

        Assert.Empty(index.WordGroups);
        Assert.DoesNotContain("\"synonyms\"", File.ReadAllText(Path.Combine(handbook.Output, ManifestHref(handbook.Output).TrimStart('/'))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task British_and_American_spellings_and_word_forms_meet_on_one_token()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/02-treatment.md", """
            ---
            title: Treatment
            description: How OMS is treated.
            last_reviewed: 2026-10-01
            ---
            ## Medicines

            Paediatric haematology teams treat the tumours.
            """);
        var index = await BuildAndRead(handbook);

        foreach (var word in new[] { "pediatric", "hematology", "tumor", "treating" })
        {
            var token = Assert.Single(SearchTokenizer.Tokens(word));
            Assert.Contains("/treatment/#medicines", index.HrefsFor(token));
        }

        Assert.DoesNotContain("tumour", index.Terms);
    }

    [Fact]
    public async Task Markup_in_headings_and_questions_is_stored_as_text_and_rendered_as_text()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/02-treatment.md", """
            ---
            title: Treatment
            description: How OMS is treated.
            last_reviewed: 2026-10-01
            ---
            ## Medicines

            ## Why \<img src=x onerror=alert(1)> is shown

            It is just text: `<img src=x onerror=alert(1)>`.
            """);
        handbook.Write("faq.yml", $"""
            - id: markup
              question: "What does {Xss} do?"
              answer: "Nothing: `{Xss}` is only text."
            """);
        var index = await BuildAndRead(handbook);

        var entries = Enumerable.Range(0, index.EntryCount).Select(index.Entry).ToList();
        Assert.Contains(entries, e => e.Heading == $"Why {Xss} is shown" && e.Text == $"It is just text: {Xss}.");
        Assert.Contains(entries, e => e.Heading == $"What does {Xss} do?" && e.Text == $"Nothing: {Xss} is only text.");
        var raw = File.ReadAllText(Path.Combine(handbook.Output, ManifestHref(handbook.Output).TrimStart('/')));
        Assert.DoesNotContain("<img", raw, StringComparison.Ordinal);

        foreach (var page in new[] { "treatment/index.html", "faq/index.html", "search/index.html" })
        {
            var document = Build.Page(handbook.Output, page);
            Assert.Empty(document.QuerySelectorAll("main img"));
            Assert.Contains(Xss, document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_same_corpus_gives_the_same_files_byte_for_byte()
    {
        var corpus = SyntheticSearchCorpus.Create(pages: 30, vocabulary: 3000);
        foreach (var options in new[] { SearchIndexOptions.Default, new SearchIndexOptions(ShardThresholdBytes: 1000) })
        {
            var first = SearchIndexWriter.Write(corpus, options);
            var second = SearchIndexWriter.Write(SyntheticSearchCorpus.Create(pages: 30, vocabulary: 3000), options);
            Assert.Equal(first.ManifestHref, second.ManifestHref);
            Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
            Assert.All(first.Files.Zip(second.Files), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
        }
    }

    [Fact]
    public async Task A_changed_page_changes_the_index_but_not_its_address_so_other_pages_stay_the_same()
    {
        using var handbook = new SmallHandbook();
        await BuildAndRead(handbook);
        var before = ManifestHref(handbook.Output);
        var index = File.ReadAllBytes(Path.Combine(handbook.Output, "search", "index.json"));
        var faq = File.ReadAllBytes(Path.Combine(handbook.Output, "faq", "index.html"));
        handbook.Write("chapters/02-treatment.md", "---\ntitle: Treatment\ndescription: How OMS is treated.\nlast_reviewed: 2026-10-01\n---\n## Medicines\n\nRituximab.\n");

        await BuildAndRead(handbook);

        Assert.Equal("/search/index.json", before);
        Assert.Equal(before, ManifestHref(handbook.Output));
        Assert.NotEqual(index, File.ReadAllBytes(Path.Combine(handbook.Output, "search", "index.json")));
        Assert.Equal(faq, File.ReadAllBytes(Path.Combine(handbook.Output, "faq", "index.html")));
    }

    [Fact]
    public async Task Postings_decode_to_impacts_that_rank_a_heading_match_above_a_passing_mention()
    {
        using var handbook = new SmallHandbook();
        var index = await BuildAndRead(handbook);

        var postings = index.Postings(Assert.Single(SearchTokenizer.Tokens("medicines")))
            .ToDictionary(p => index.Entry(p.Entry).Href, p => p.Level);
        Assert.All(postings.Values, level => Assert.InRange(level, 1, IndexEncoding.ImpactLevels));
        Assert.True(postings["/treatment/#medicines"] > postings.GetValueOrDefault("/treatment/", 0));
    }

    private sealed class GlossaryComparer : IEqualityComparer<(string, string, IReadOnlyList<string>)>
    {
        public bool Equals((string, string, IReadOnlyList<string>) x, (string, string, IReadOnlyList<string>) y) =>
            x.Item1 == y.Item1 && x.Item2 == y.Item2 && x.Item3.SequenceEqual(y.Item3);

        public int GetHashCode((string, string, IReadOnlyList<string>) obj) => StringComparer.Ordinal.GetHashCode(obj.Item1);
    }
}
