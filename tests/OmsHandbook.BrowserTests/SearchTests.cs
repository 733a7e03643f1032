using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OmsHandbook.BrowserTests.Support;
using OmsHandbook.Search;
using OmsHandbook.Tests.Support;
using Xunit.Abstractions;

namespace OmsHandbook.BrowserTests;

/// <summary>
/// Search in a real browser: real queries typed into the real site, the script's normaliser against
/// the shared vectors, the combobox from the keyboard, markup in the index shown as text, and how many
/// bytes a first query fetches. How fast results follow a keystroke is a benchmark, not a test: bench/search.sh.
/// </summary>
[Trait("Tier", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserSite site, ITestOutputHelper output)
{
    private const string Box = SearchBox.Box;
    private const string Options = SearchBox.Options;
    private const string Markup = "<img src=x onerror=\"window.ran=1\"><b>bold</b>";

    /// <summary>
    /// Issue 17's budget for the bytes of index a first query fetches, gzipped as Netlify serves them.
    /// The real handbook's index is one file, 254 KB raw and about 92 KB gzipped on 2026-12-04, just under
    /// SearchIndexOptions' 256 KB shard threshold: past it the index splits and a first query fetches
    /// the manifest and a few shards instead. So this holds the threshold to the budget, where the
    /// 300 KB the test used to allow could not fail.
    /// </summary>
    private const long FirstQueryBudget = 100 * 1024;

    /// <summary>
    /// What a first query fetches on the 4,000-page corpus, held where it is: issue 17 (open) asks for
    /// the 100 KB above, but on 2026-12-04 the three first queries below fetched 118 to 154 KB gzipped
    /// typed key by key (the prefixes searched on the way vary with the machine's speed) and 118 to
    /// 136 KB entered whole, as here (a misspelt word's shards still varied, 8 or 14 files). The bound
    /// is the most seen plus a margin for that, so a regression fails; when issue 17 lands it becomes FirstQueryBudget.
    /// </summary>
    private const long ShardedFirstQueryBound = 160 * 1024;

    private static readonly string[] VectorGroups = ["fold", "spelling", "stem", "tokens", "spanishStem", "spanishTokens"];

    /// <summary>"dancing eyes" and the term it names, opsoclonus, as tokens: all a result may mark for that query.</summary>
    private static readonly string[] DancingEyesTokens = ["danc", "ey", "opsoclonu"];

    [BrowserTheory]
    [InlineData("rituximib", "/treatment/#rituximab")]
    [InlineData("opsoclonis", "/glossary/#term-opsoclonus")]
    [InlineData("dancing eyes", "/symptoms/#eye-movements-opsoclonus")]
    [InlineData("IVIG", "/treatment/#immunoglobulin")]
    [InlineData("tumor", "/causes/#a-tumour")]
    [InlineData("steroid side effects", "/faq/#what-are-the-side-effects-of-steroids")]
    public async Task A_query_typed_into_the_search_box_finds_the_expected_section_in_the_top_three(string query, string expected)
    {
        await using var visit = await site.OpenAsync("/symptoms/");

        var results = await SearchBox.TypeAsync(visit.Page, query);

        Assert.True(results.Take(3).Contains(expected), $"'{query}' gave:\n" + string.Join('\n', results));
    }

    [BrowserFact]
    public async Task A_query_with_no_match_says_so_and_suggests_the_nearest_glossary_term()
    {
        await using var visit = await site.OpenAsync("/");

        var results = await SearchBox.TypeAsync(visit.Page, "obsoklonuss");

        Assert.Equal([""], results);
        Assert.Equal("No results for “obsoklonuss”. Did you mean:", await visit.Page.InnerTextAsync(".site-search__message"));
        Assert.Equal("Browse the handbook A to Z", await visit.Page.InnerTextAsync(".site-search__all"));
        Assert.Equal("Opsoclonus", await visit.Page.Locator(Options).InnerTextAsync());
        await visit.Page.WaitForFunctionAsync("() => document.querySelector('.site-search [role=status]').textContent.includes('Did you mean Opsoclonus?')");

        await visit.Page.Keyboard.PressAsync("ArrowDown");
        await visit.Page.Keyboard.PressAsync("Enter");
        await visit.Page.WaitForFunctionAsync("() => document.querySelector('#site-search-listbox [data-href]')");
        Assert.Equal("Opsoclonus", await visit.Page.InputValueAsync(Box));
    }

    [BrowserFact]
    public async Task Results_show_page_and_section_with_the_matched_words_and_the_term_they_name_marked()
    {
        await using var visit = await site.OpenAsync("/");
        await SearchBox.TypeAsync(visit.Page, "dancing eyes");
        var option = visit.Page.Locator(Options + "[data-href='/symptoms/#eye-movements-opsoclonus']");
        Assert.StartsWith("Symptoms of OMS › Eye movements (opsoclonus)", await option.InnerTextAsync(), StringComparison.Ordinal);
        await visit.Page.WaitForFunctionAsync("() => document.querySelector('.search-result__snippet mark')");

        var marked = await visit.Page.Locator(".site-search__popup mark").AllInnerTextsAsync();
        Assert.Contains("opsoclonus", marked.Select(m => m.ToLowerInvariant()));
        Assert.Contains("dancing", marked.Select(m => m.ToLowerInvariant()));
        var tokens = await visit.Page.EvaluateAsync<string[]>(
            "async ([src, words]) => (await import(src)).tokens(words.join(' '))",
            new object[] { (await visit.Page.GetAttributeAsync("script[type=module]", "src"))!, marked.ToArray() });
        Assert.All(tokens, t => Assert.Contains(t, DancingEyesTokens));
    }

    [BrowserFact]
    public async Task The_box_is_a_labelled_aria_combobox_driven_by_arrow_keys_enter_and_escape()
    {
        await using var visit = await site.OpenAsync("/symptoms/");
        var page = visit.Page;
        var box = page.Locator(Box);
        Assert.True(await page.Locator("label[for=site-search]").IsVisibleAsync());

        var results = await SearchBox.TypeAsync(page, "rituximab");
        Assert.True(results.Count >= 3);
        Assert.Equal("/search/?q=rituximab", await page.GetAttributeAsync(".site-search__all", "href"));
        Assert.Equal("combobox", await box.GetAttributeAsync("role"));
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        Assert.Equal("listbox", await page.Locator("#" + await box.GetAttributeAsync("aria-controls")).GetAttributeAsync("role"));
        Assert.Null(await box.GetAttributeAsync("aria-activedescendant"));
        await page.WaitForFunctionAsync("() => /^\\d+ results?\\./.test(document.querySelector('.site-search [role=status]').textContent)");

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        var active = await box.GetAttributeAsync("aria-activedescendant");
        Assert.Equal(await page.Locator(Options).First.GetAttributeAsync("id"), active);
        Assert.Equal("true", await page.Locator("#" + active).GetAttributeAsync("aria-selected"));
        Assert.Equal(1, await page.Locator(Options + "[aria-selected=true]").CountAsync());
        Assert.Equal("site-search", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        Assert.False(await page.Locator(".site-search__popup").IsVisibleAsync());
        Assert.Equal("rituximab", await box.InputValueAsync());
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("", await box.InputValueAsync());

        results = await SearchBox.TypeAsync(page, "rituximab");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("href => location.pathname + location.hash === href", results[0]);
    }

    [BrowserFact]
    public async Task Enter_with_no_result_chosen_opens_the_search_page_which_runs_the_query_in_its_address()
    {
        await using var visit = await site.OpenAsync("/");
        await SearchBox.TypeAsync(visit.Page, "IVIG");
        await visit.Page.Keyboard.PressAsync("Enter");
        await visit.Page.WaitForFunctionAsync("() => location.pathname + location.search === '/search/?q=IVIG'");

        var links = visit.Page.Locator(".search-page__results a");
        await links.First.WaitForAsync();
        Assert.Contains("/treatment/#immunoglobulin", await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        Assert.Equal("IVIG", await visit.Page.InputValueAsync("#search-page-query"));
        Assert.Matches(@"^\d+ results? for “IVIG”$", await visit.Page.InnerTextAsync(".search-page__status"));
        Assert.True(await visit.Page.Locator(".search-browse h3").First.IsVisibleAsync());
    }

    [BrowserFact]
    public async Task The_index_is_fetched_on_first_focus_of_the_box_and_not_before()
    {
        await using var visit = await site.OpenAsync("/treatment/");
        Assert.Contains(visit.Requests, url => url.Contains("/assets/search.", StringComparison.Ordinal));
        Assert.DoesNotContain(visit.Requests, url => url.Contains("/search/index.json", StringComparison.Ordinal));

        var request = visit.Page.WaitForRequestAsync(r => r.Url.Contains("/search/index.json", StringComparison.Ordinal));
        await visit.Page.FocusAsync(Box);
        await request;
        Assert.Empty(visit.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Markup_in_the_index_is_shown_as_text_and_never_runs()
    {
        await using var visit = await site.StartAsync();
        await visit.Page.RouteAsync(url => IsIndexFile(url), async route =>
        {
            var response = await route.FetchAsync();
            var json = JsonNode.Parse(await response.TextAsync())!;
            AddMarkupToEntries(json, "Rituximab");
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = json.ToJsonString() });
        });
        await visit.GoAsync("/");

        await SearchBox.TypeAsync(visit.Page, "rituximab");

        var popup = visit.Page.Locator(".site-search__popup");
        Assert.Contains("Rituximab <img src=x onerror=\"window.ran=1\"><b>bold</b>", await popup.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await popup.Locator("img, b").CountAsync());
        Assert.True(await visit.Page.EvaluateAsync<bool>("() => window.ran === undefined"));
    }

    /// <summary>The search scripts an English page and a Spanish page load.</summary>
    private async Task<(string English, string Spanish)> EditionScriptsAsync()
    {
        await using var english = await site.OpenAsync("/");
        await using var spanish = await site.OpenAsync("/es/");
        return ((await english.Page.GetAttributeAsync("script[type=module]", "src"))!, (await spanish.Page.GetAttributeAsync("script[type=module]", "src"))!);
    }

    [BrowserFact]
    public async Task The_scripts_normaliser_gives_every_output_in_the_shared_vectors()
    {
        // Each edition's script holds its own language's tables: the English vectors are checked on an
        // English page's script, the Spanish ones on a Spanish page's.
        var (english, spanish) = await EditionScriptsAsync();
        await using var visit = await site.OpenAsync("/");
        var vectors = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "tests", "search-vectors.json"));

        var checkedAndWrong = await visit.Page.EvaluateAsync<JsonElement>("""
            async ([src, esSrc, text]) => {
              const m = await import(src);
              const es = await import(esSrc);
              const v = JSON.parse(text);
              const wrong = [];
              const check = (group, f, expected) => v[group].forEach(x => {
                const got = JSON.stringify(f(x.input));
                if (got !== JSON.stringify(expected(x))) wrong.push(`${group}: ${x.input} -> ${got}`);
              });
              check('fold', m.fold, x => x.output);
              check('spelling', m.foldSpelling, x => x.output);
              check('stem', m.stem, x => x.output);
              check('tokens', m.tokens, x => x.tokens);
              check('spanishStem', es.stemSpanish, x => x.output);
              check('spanishTokens', es.normaliser('es').tokens, x => x.tokens);
              return {
                checked: v.fold.length + v.spelling.length + v.stem.length + v.tokens.length + v.spanishStem.length + v.spanishTokens.length,
                wrong,
              };
            }
            """, new object[] { english, spanish, vectors });

        using var file = JsonDocument.Parse(vectors);
        var expected = VectorGroups.Sum(g => file.RootElement.GetProperty(g).GetArrayLength());
        Assert.Equal(expected, checkedAndWrong.GetProperty("checked").GetInt32());
        Assert.Empty(checkedAndWrong.GetProperty("wrong").EnumerateArray().Select(w => w.GetString()));
    }

    [BrowserFact]
    public async Task The_scripts_shared_constants_are_the_values_the_index_was_written_with()
    {
        // The build writes them from the C# side; this reads them back as the browser's JavaScript does,
        // so a value lost or mangled on the way (an escaped letter, a set written as a list) shows here.
        var (english, spanish) = await EditionScriptsAsync();
        await using var visit = await site.OpenAsync("/");

        var constants = await visit.Page.EvaluateAsync<JsonElement>("""
            async ([src, esSrc]) => {
              const m = await import(src);
              const es = await import(esSrc);
              return {
                version: m.INDEX_VERSION, alphabet: m.ALPHABET, levels: m.IMPACT_LEVELS, hashLength: m.HASH_LENGTH,
                glossaryTerm: m.GLOSSARY_TERM, stopWords: [...m.STOP_WORDS].sort(), isSet: m.STOP_WORDS instanceof Set,
                spanishStopWords: [...es.ES_STOP_WORDS].sort(), spanishIsSet: es.ES_STOP_WORDS instanceof Set,
                rules: ['en-GB', 'es', 'es-MX', 'ES', 'fr', undefined].map((tag) => m.normaliser(tag).name),
                englishHasNoSpanish: m.ES_STOP_WORDS.size === 0 && es.STOP_WORDS.size === 0,
              };
            }
            """, new object[] { english, spanish });

        Assert.Equal(SearchIndexWriter.Version, constants.GetProperty("version").GetInt32());
        Assert.Equal(IndexEncoding.Alphabet, constants.GetProperty("alphabet").GetString());
        Assert.Equal(IndexEncoding.ImpactLevels, constants.GetProperty("levels").GetInt32());
        Assert.Equal(SearchIndexWriter.HashLength, constants.GetProperty("hashLength").GetInt32());
        Assert.Equal(InvertedIndex.TermPrefix, constants.GetProperty("glossaryTerm").GetString());
        Assert.True(constants.GetProperty("isSet").GetBoolean());
        Assert.Equal(StopWords.All.Order(StringComparer.Ordinal), constants.GetProperty("stopWords").EnumerateArray().Select(w => w.GetString()!));
        Assert.True(constants.GetProperty("spanishIsSet").GetBoolean());
        Assert.Equal(SpanishStopWords.All.Order(StringComparer.Ordinal), constants.GetProperty("spanishStopWords").EnumerateArray().Select(w => w.GetString()!));
        Assert.True(constants.GetProperty("englishHasNoSpanish").GetBoolean(), "an edition's script carries another language's tables");
        Assert.Equal(
            new[] { "en-GB", "es", "es-MX", "ES", "fr", null }.Select(t => SearchTokenizer.For(t).Language.Name),
            constants.GetProperty("rules").EnumerateArray().Select(r => r.GetString()!));
    }

    [BrowserFact]
    public async Task An_index_made_for_Spanish_is_searched_by_the_Spanish_rules()
    {
        // The same words by English rules find nothing here: "recaida" is "rec" only to the Spanish stemmer.
        var heading = "Recaídas";
        var text = "Las recaídas son frecuentes durante el tratamiento. La punción lumbar busca células B.";
        var corpus = new SearchCorpus(
            [new CorpusPage("Recaídas", "/es/recaidas/", [new SearchEntry(heading, "recaidas", text, [new(heading, SearchWeights.Heading), new(text, SearchWeights.Text)], [])])],
            []) { Language = SearchLanguage.Spanish };
        var index = SearchIndexWriter.Write(corpus, SearchIndexOptions.Default).Files.Single().Content;
        await using var visit = await site.StartAsync();
        await visit.Page.RouteAsync(url => IsIndexFile(url), async route =>
            await route.FulfillAsync(new RouteFulfillOptions { BodyBytes = index, ContentType = "application/json" }));
        await visit.GoAsync("/es/");

        Assert.Equal(["/es/recaidas/#recaidas"], await SearchBox.TypeAsync(visit.Page, "recaida "));
        Assert.Equal(["/es/recaidas/#recaidas"], await SearchBox.TypeAsync(visit.Page, "PUNCION LUMBAR "));
        await visit.Page.WaitForFunctionAsync("() => document.querySelectorAll('.search-result__snippet mark').length >= 2");
        var marked = await visit.Page.Locator(".site-search__popup mark").AllInnerTextsAsync();
        Assert.Contains("punción", marked);
        Assert.Contains("lumbar", marked);
    }

    /// <param name="edition">The edition's home: each has its own index (the Spanish one, with longer words, is sharded).</param>
    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/es/")]
    public async Task A_first_query_on_the_real_handbook_fetches_at_most_100_KB_compressed(string edition)
    {
        var names = await GlossaryNames(edition);

        var fetched = new List<string>();
        foreach (var query in new[] { names[0], Misspell(names[^1]), names[1] + " " + names[^2] })
        {
            var bytes = await FirstQueryBytesAsync(query, route: null, path => File.ReadAllBytes(Path.Combine(site.Output, path.TrimStart('/'))), edition);
            fetched.Add($"'{query}': {bytes.Raw} bytes of index ({bytes.Gzip} gzip) in {bytes.Files} files");
            Assert.True(bytes.Files >= 1 && bytes.Gzip > 0, $"'{query}' fetched no index file that was counted");
            Assert.True(bytes.Gzip <= FirstQueryBudget, $"over the {FirstQueryBudget} bytes of issue 17 as a first query:\n" + string.Join('\n', fetched));
        }

        output.WriteLine($"real handbook ({edition}), first queries:\n" + string.Join('\n', fetched));
    }

    [BrowserFact]
    public async Task A_first_query_on_a_4000_page_handbook_fetches_shards_and_at_most_160_KB_compressed()
    {
        var corpus = SyntheticSearchCorpus.Create(pages: 4000);
        var files = SearchIndexWriter.Write(corpus, SearchIndexOptions.Default);
        var served = files.Files.ToDictionary(f => "/" + f.Path, f => f.Content, StringComparer.Ordinal);
        var words = corpus.Pages.Take(60).SelectMany(p => p.Entries.Skip(1).Take(2)).SelectMany(e => e.Heading.Split(' ')).Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        byte[] Content(string path) => path.StartsWith("/search/index.json", StringComparison.Ordinal) ? files.Files[0].Content : served[path];

        Assert.True(files.Sharded);
        var fetched = new List<string>();
        foreach (var query in new[] { words[0], Misspell(words.First(w => w.Length >= 8)), words[1] + " " + words[2] })
        {
            var bytes = await FirstQueryBytesAsync(
                query,
                async page => await page.RouteAsync(url => IsIndexFile(url), async route =>
                    await route.FulfillAsync(new RouteFulfillOptions { BodyBytes = Content(new Uri(route.Request.Url).AbsolutePath), ContentType = "application/json" })),
                Content);
            fetched.Add($"'{query}': {bytes.Raw} bytes of index ({bytes.Gzip} gzip) in {bytes.Files} files");
            Assert.True(bytes.Files >= 2, $"'{query}' fetched {bytes.Files} index files, not the manifest and at least one shard");
            Assert.True(bytes.Gzip <= ShardedFirstQueryBound, $"over the {ShardedFirstQueryBound} bytes a first query fetched on 4,000 pages:\n" + string.Join('\n', fetched));
        }

        output.WriteLine($"4,000 pages ({files.Files.Count} index files), first queries:\n" + string.Join('\n', fetched));
    }

    /// <summary>A file of the search index: its first file at /search/index.json, or one it names under /assets/search/.</summary>
    private static bool IsIndexFile(string url) =>
        url.Contains("/search/index.json", StringComparison.Ordinal)
        || (url.Contains("/assets/search/", StringComparison.Ordinal) && url.EndsWith(".json", StringComparison.Ordinal));

    /// <summary>Opens a fresh page and enters one query: the index files it fetched until its results showed, and their bytes, raw and gzipped.</summary>
    /// <param name="start">The page the query is typed on: its edition's index answers.</param>
    private async Task<(long Raw, long Gzip, int Files)> FirstQueryBytesAsync(string query, Func<IPage, Task>? route, Func<string, byte[]> content, string start = "/")
    {
        await using var visit = await site.StartAsync();
        var fetched = new List<string>();
        if (route is not null)
        {
            await route(visit.Page);
        }

        visit.Page.Request += (_, request) =>
        {
            if (IsIndexFile(request.Url))
            {
                lock (fetched)
                {
                    fetched.Add(request.Url);
                }
            }
        };
        await visit.GoAsync(start);

        // The whole query at once, as a paste: typed key by key, the script may search some of its
        // prefixes too, as many as the machine's speed allows, and the count would move from run to run.
        await visit.Page.EvaluateAsync("""
            () => document.querySelector('#site-search').form.addEventListener('search-results', e => { window.lastQuery = e.detail.query; })
            """);
        var box = visit.Page.Locator(Box);
        await box.FocusAsync();
        await box.FillAsync(query);
        await visit.Page.WaitForFunctionAsync("q => window.lastQuery === q", query);
        Assert.NotEmpty(await visit.Page.Locator(Options).AllAsync());
        lock (fetched)
        {
            return Bytes(fetched, content);
        }
    }

    private static (long Raw, long Gzip, int Files) Bytes(IReadOnlyList<string> urls, Func<string, byte[]> contentOf)
    {
        long raw = 0, gzip = 0;
        foreach (var url in urls.Distinct())
        {
            var content = contentOf(new Uri(url).AbsolutePath);
            raw += content.Length;
            gzip += Gzip(content);
        }

        return (raw, gzip, urls.Distinct().Count());
    }

    /// <summary>An edition's glossary terms and their aliases, as its index lists them.</summary>
    private async Task<IReadOnlyList<string>> GlossaryNames(string edition = "/")
    {
        var manifest = Path.Combine(site.Output, edition.Trim('/'), "search", "index.json");
        using var index = JsonDocument.Parse(await File.ReadAllBytesAsync(manifest));
        return index.RootElement.GetProperty("glossary").EnumerateArray()
            .SelectMany(g => g[2].EnumerateArray().Select(a => a.GetString()!).Prepend(g[1].GetString()!))
            .ToList();
    }

    /// <summary>One letter changed in the middle: a typo the search must forgive.</summary>
    private static string Misspell(string word) =>
        word.Length < 5 ? word : word[..(word.Length / 2)] + (word[word.Length / 2] == 'e' ? 'a' : 'e') + word[(word.Length / 2 + 1)..];

    private static void AddMarkupToEntries(JsonNode node, string heading)
    {
        if (node is JsonArray { Count: 3 } entry && entry.All(e => e is JsonValue v && v.TryGetValue<string>(out _)) && (string?)entry[0] == heading)
        {
            entry[0] = heading + " " + Markup;
            entry[2] = Markup + " " + (string?)entry[2];
            return;
        }

        foreach (var child in node switch { JsonArray a => a.ToList(), JsonObject o => o.Select(p => p.Value).ToList(), _ => [] })
        {
            if (child is not null)
            {
                AddMarkupToEntries(child, heading);
            }
        }
    }

    private static long Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.Length;
    }
}
