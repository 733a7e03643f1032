using System.Text;
using OmsHandbook.Core;
using OmsHandbook.Pipeline;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Robustness;

/// <summary>
/// The catalogue of bad input: each case breaks one thing in the small handbook and names the
/// diagnostic a maintainer must see for it (code, file, line, column). Every failing case also leaves
/// nothing written, and no case may throw or hang.
/// </summary>
[Trait("Tier", "Site")]
public sealed class BadInputCatalogueTests
{
    /// <summary>A chapter's front matter takes lines 1-5, so its first body line is line 6.</summary>
    private const string ChapterFile = "chapters/01-symptoms.md";

    private static readonly IReadOnlyList<BadInput> Cases =
    [
        // Malformed YAML, in front matter and in each data file, is reported where the parser stopped.
        new("front matter: ': ' inside a plain value", h => h.Write(ChapterFile, "---\ntitle: Symptoms\ndescription: The signs: what to look for\nlast_reviewed: 2026-11-01\n---\nText.\n\n## Eye movements\n"),
            DiagnosticCodes.MalformedYaml, ChapterFile, 3, 23, Message: "not valid YAML"),
        new("site.yml: ': ' inside a plain value", h => h.Edit("site.yml", "title: Test Handbook", "title: Test: Handbook"),
            DiagnosticCodes.MalformedYaml, "site.yml", 1, 12),
        new("faq.yml: a tab for indentation", h => h.Write("faq.yml", "- question: What is OMS?\n\tanswer: A rare condition.\n"),
            DiagnosticCodes.MalformedYaml, "faq.yml", 2, 1),
        new("glossary.yml: a key twice in one entry", h => h.Write("glossary.yml", "- term: Opsoclonus\n  definition: Eyes.\n  definition: Again.\n"),
            DiagnosticCodes.MalformedYaml, "glossary.yml", 3, 3, Message: "Duplicate key"),
        new("references.yml: ': ' inside a title", h => h.Edit("references.yml", "title: Another study", "title: Another study: part 2"),
            DiagnosticCodes.MalformedYaml, "references.yml", 10, 23),
        new("faq.yml: 10,000 nested brackets", h => h.Write("faq.yml", "- question: Deep?\n  answer: " + new string('[', 10_000) + new string(']', 10_000) + "\n"),
            DiagnosticCodes.MalformedYaml, "faq.yml", 2, 11 + 64, Message: "more than 64 '[' or '{'"),

        new("site.yml: a key that expands to 9^12 items through aliases", h => h.Write("site.yml", File.ReadAllText(h.PathOf("site.yml")) + "\n" + AliasBomb()),
            DiagnosticCodes.MalformedYaml, "site.yml", 9, 5, Message: "anchors (&name) and aliases (*name) are not supported"),

        // Front matter.
        new("front matter never closed", h => h.Write(ChapterFile, "---\ntitle: Symptoms\ndescription: Signs.\nlast_reviewed: 2026-11-01\n\nText without a closing fence.\n"),
            DiagnosticCodes.UnclosedFrontMatter, ChapterFile, 1, 1),
        new("required field missing", h => h.Write(ChapterFile, "---\ntitle: Symptoms\nlast_reviewed: 2026-11-01\n---\nText.\n\n## Eye movements\n"),
            DiagnosticCodes.MissingField, ChapterFile, 2, 1, Message: "'description' is required"),
        new("required field empty", h => h.Write(ChapterFile, "---\ntitle: \"\"\ndescription: Signs.\nlast_reviewed: 2026-11-01\n---\nText.\n\n## Eye movements\n"),
            DiagnosticCodes.MissingField, ChapterFile, 2, 8, Message: "'title' is required"),
        new("FAQ entry without an answer", h => h.Write("faq.yml", "- question: What is OMS?\n"),
            DiagnosticCodes.MissingField, "faq.yml", 1, 3, Message: "'answer' is required"),
        new("wrong type: order: two", h => h.Write(ChapterFile, "---\ntitle: Symptoms\ndescription: Signs.\norder: two\nlast_reviewed: 2026-11-01\n---\nText.\n\n## Eye movements\n"),
            DiagnosticCodes.InvalidValue, ChapterFile, 4, 8, Message: "'order' must be a whole number, but it is 'two'"),
        new("impossible date 2026-02-30", h => h.Write(ChapterFile, "---\ntitle: Symptoms\ndescription: Signs.\nlast_reviewed: 2026-02-30\n---\nText.\n\n## Eye movements\n"),
            DiagnosticCodes.InvalidDate, ChapterFile, 4, 16, Message: "2026-02-30"),
        new("unknown front-matter key", h => h.Write(ChapterFile, "---\ntitle: Symptoms\ndescription: Signs.\nlast_reviewed: 2026-11-01\nreviwed_by: Someone\n---\nText.\n\n## Eye movements\n"),
            DiagnosticCodes.UnknownField, ChapterFile, 5, 1, Severity.Warning, "did you mean 'reviewed_by'?"),
        new("missing site.yml value", h => h.Edit("site.yml", "base_url: https://example.org\n", ""),
            DiagnosticCodes.MissingField, "site.yml", 1, 1, Message: "'base_url' is required"),
        new("missing site.yml", h => h.Delete("site.yml"),
            DiagnosticCodes.InputMissing, "site.yml", 1, 1),

        // Files.
        new("duplicate slug", h => h.Write("chapters/03-symptoms.md", "---\ntitle: More\ndescription: Again.\nlast_reviewed: 2026-11-01\n---\nText.\n"),
            DiagnosticCodes.DuplicateSlug, "chapters/03-symptoms.md", 1, 1, Message: "01-symptoms.md"),
        new("chapter file not named NN-slug.md", h => h.Write("chapters/Causes.md", "---\ntitle: Causes\ndescription: Why.\nlast_reviewed: 2026-11-01\n---\nText.\n"),
            DiagnosticCodes.BadChapterFileName, "chapters/Causes.md", 1, 1),
        new("empty chapter", h => h.Write("chapters/03-causes.md", ""),
            DiagnosticCodes.EmptyFile, "chapters/03-causes.md", 1, 1),
        new("empty site.yml", h => h.Write("site.yml", ""),
            DiagnosticCodes.EmptyFile, "site.yml", 1, 1),
        new("invalid UTF-8 bytes", h => h.WriteBytes(ChapterFile, Encoding.UTF8.GetBytes("---\ntitle: Symptoms\ndescription: Signs.\nlast_reviewed: 2026-11-01\n---\nCaf").Concat(new byte[] { 0xE9, 0x20, 0x6F, 0x6B, 0x0A }).ToArray()),
            DiagnosticCodes.FileUnreadable, ChapterFile, 6, 4, Message: "0xE9"),
        new("SVG figure with a script", h => h.Write("media/eyes.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<title>Eyes</title>\n  <script>alert(1)</script>\n</svg>\n"),
            DiagnosticCodes.SvgUnsafe, "media/eyes.svg", 3, 3, Message: "<script>"),
        new("SVG figure with an onclick attribute", h => h.Write("media/eyes.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<title>Eyes</title>\n<rect onclick=\"x()\"/>\n</svg>\n"),
            DiagnosticCodes.SvgUnsafe, "media/eyes.svg", 3, 7, Message: "'onclick'"),
        new("SVG figure without a title", h => h.Write("media/eyes.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect/>\n</svg>\n"),
            DiagnosticCodes.SvgWithoutTitle, "media/eyes.svg", 1, 1),
        new("SVG figure over figure_max_bytes", h =>
            {
                h.Write("site.yml", File.ReadAllText(h.PathOf("site.yml")) + "\nfigure_max_bytes: 50\n");
                h.Write("media/eyes.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Eyes moving about quickly</title></svg>\n");
            },
            DiagnosticCodes.SvgTooLarge, "media/eyes.svg", 1, 1, Message: "more than the 50"),
        new("symbolic link in media", h => h.Link("media/passwd.png", "/etc/passwd"),
            DiagnosticCodes.LinkOutsideInput, "media/passwd.png", 1, 1, Message: "symbolic link"),

        // Markdown.
        new("10,000 nested list items", h => h.Chapter(string.Concat(Enumerable.Repeat("- ", 10_000)) + "item"),
            DiagnosticCodes.NestingTooDeep, ChapterFile, 6, 1),
        new("10,000 nested quotes", h => h.Chapter(new string('>', 10_000) + " quoted"),
            DiagnosticCodes.NestingTooDeep, ChapterFile, 6, 1),
        new("10,000 nested emphasis", h => h.Chapter("Text " + new string('*', 10_000) + "x" + new string('*', 10_000)),
            DiagnosticCodes.NestingTooDeep, ChapterFile, 6, 162),
        new("fuzz seed 20261121 build 15: a sentence with '[@' pasted 174 times", h => h.Chapter(string.Concat(Enumerable.Repeat("Followed 101 people [@bru", 174)) + "nklaus2011]."),
            DiagnosticCodes.NestingTooDeep, ChapterFile, 6, 1947, Message: "unclosed '['"),
        new("unknown citation key", h => h.Chapter("Dancing eyes [@nobody2020]."),
            DiagnosticCodes.UnknownCitation, ChapterFile, 6, 14, Message: "'@nobody2020'"),
        new("unknown glossary key", h => h.Chapter("See [the eyes](glossary:opsoclonos)."),
            DiagnosticCodes.UnknownGlossaryTerm, ChapterFile, 6, 5, Message: "did you mean 'opsoclonus'?"),
        new("link to a missing file", h => h.Chapter("See [causes](03-causes.md)."),
            DiagnosticCodes.LinkToMissingPage, ChapterFile, 6, 5),
        new("link to a missing anchor", h => h.Chapter("See [doses](02-treatment.md#medicine)."),
            DiagnosticCodes.LinkToMissingHeading, ChapterFile, 6, 5, Message: "did you mean '#medicines'?"),
        new("link escaping input/", h => h.Chapter("Read [this](../../etc/passwd)."),
            DiagnosticCodes.LinkOutsideInput, ChapterFile, 6, 6),
        new("image escaping input/", h => h.Chapter("![A secret](../../../etc/passwd)"),
            DiagnosticCodes.LinkOutsideInput, ChapterFile, 6, 1),
        new("missing image", h => h.Chapter("![Eyes moving](../media/eyes.png)"),
            DiagnosticCodes.MissingImage, ChapterFile, 6, 1),
        new("javascript: link", h => h.Chapter("Click [here](javascript:alert(1))."),
            DiagnosticCodes.UnsafeLink, ChapterFile, 6, 7, Message: "'javascript:'"),
        new("data: image", h => h.Chapter("![A dot](data:image/png;base64,iVBORw0KGgo=)"),
            DiagnosticCodes.UnsafeLink, ChapterFile, 6, 1, Message: "'data:'"),
        new("an allowed tag with an attribute twice", h => h.Chapter("Say <abbr title=\"Opsoclonus\" title=\"Something else\">OMS</abbr> now."),
            DiagnosticCodes.RawHtml, ChapterFile, 6, 5, Message: "'title' twice"),
        new("raw <script>", h => h.Chapter("Text.\n\n<script>alert(1)</script>"),
            DiagnosticCodes.RawHtml, ChapterFile, 8, 1, Message: "<script>"),

        // Values written into other files (_redirects, robots.txt, the sitemap, JSON-LD, hrefs) must have their target's syntax.
        new("alias with spaces that would write its own forced redirect rule", h => h.Edit(ChapterFile, "aliases: [/signs/]", "aliases: [\"/signs/ /* https://evil.example/ 200!\"]"),
            DiagnosticCodes.InvalidValue, ChapterFile, 7, 11, Message: "U+0020"),
        new("alias that is a wildcard", h => h.Edit(ChapterFile, "aliases: [/signs/]", "aliases: [\"/*\"]"),
            DiagnosticCodes.InvalidValue, ChapterFile, 7, 11, Message: "'*'"),
        new("alias that is protocol-relative", h => h.Edit(ChapterFile, "aliases: [/signs/]", "aliases: [//evil.example/]"),
            DiagnosticCodes.InvalidValue, ChapterFile, 7, 11, Message: "'//'"),
        new("base_url with an escaped newline that would add a robots.txt rule", h => h.Edit("site.yml", "base_url: https://example.org", "base_url: \"https://example.org\\nDisallow: /\""),
            DiagnosticCodes.InvalidValue, "site.yml", 3, 11, Message: "U+000A"),
        new("base_url with a query", h => h.Edit("site.yml", "base_url: https://example.org", "base_url: https://example.org/?from=x"),
            DiagnosticCodes.InvalidValue, "site.yml", 3, 11, Message: "without '?' or '#'"),
        new("language that is not a language tag", h => h.Edit("site.yml", "language: en-GB", "language: English (UK)"),
            DiagnosticCodes.InvalidValue, "site.yml", 4, 11, Message: "BCP 47"),
        new("repository that is a javascript: address", h => h.Edit("site.yml", "repository: https://github.com/example/handbook", "repository: javascript:alert(1)"),
            DiagnosticCodes.InvalidValue, "site.yml", 5, 13, Message: "https://"),
        new("reference url that is a javascript: address", h => h.Edit("references.yml", "url: https://example.org/study", "url: javascript:alert(document.cookie)"),
            DiagnosticCodes.InvalidValue, "references.yml", 12, 8, Message: "https://"),
        new("reference url that shows one host and goes to another", h => h.Edit("references.yml", "url: https://example.org/study", "url: https://nhs.uk@evil.example/"),
            DiagnosticCodes.InvalidValue, "references.yml", 12, 8, Message: "before the host"),
        new("reference doi with a space that would add an attribute", h => h.Edit("references.yml", "doi: 10.1000/test.1", "doi: \"10.1000/test.1 onmouseover=x\""),
            DiagnosticCodes.InvalidValue, "references.yml", 6, 8, Message: "U+0020"),
        new("reference doi that is a whole address", h => h.Edit("references.yml", "doi: 10.1000/test.1", "doi: https://doi.org/10.1000/test.1"),
            DiagnosticCodes.InvalidValue, "references.yml", 6, 8, Message: "no https://doi.org/ in front"),

        // Search synonyms.
        new("a synonym group of one word", h => h.Write("search-synonyms.yml", "- words: [inherited, genetic]\n- words: [contagious]\n"),
            DiagnosticCodes.SynonymGroupTooSmall, "search-synonyms.yml", 2, 10, Message: "at least two words"),
        new("a word in two synonym groups", h => h.Write("search-synonyms.yml", "- words: [inherited, genetic]\n- words: [hereditary, Genetic]\n"),
            DiagnosticCodes.DuplicateSynonym, "search-synonyms.yml", 2, 23, Message: "line 1"),

        // Dates and text.
        new("last_reviewed more than a day in the future", h => h.Edit(ChapterFile, "last_reviewed: 2026-11-01", "last_reviewed: 2026-11-23"),
            DiagnosticCodes.ReviewedInTheFuture, ChapterFile, 5, 16, Message: "after today (2026-11-21)"),
        new("last_reviewed on the last day there is", h => h.Edit(ChapterFile, "last_reviewed: 2026-11-01", "last_reviewed: 9999-12-31"),
            DiagnosticCodes.ReviewedInTheFuture, ChapterFile, 5, 16, Message: "9999-12-31"),
        new("a control character in a chapter", h => h.Chapter("Dancing\u0007 eyes."),
            DiagnosticCodes.ControlCharacter, ChapterFile, 6, 8, Message: "U+0007"),
        new("a control character in a data file", h => h.Edit("glossary.yml", "Fast eye movements", "Fast eye\u001B[2J movements"),
            DiagnosticCodes.ControlCharacter, "glossary.yml", 3, 23, Message: "U+001B"),

        // Data files naming other entries.
        new("FAQ related chapter that does not exist", h => h.Edit("faq.yml", "related: [01-symptoms.md]", "related: [01-symptom.md]"),
            DiagnosticCodes.UnknownRelatedChapter, "faq.yml", 5, 13, Message: "did you mean '01-symptoms.md'?"),

        new("alias equal to another term", h => h.Write("glossary.yml", "- term: Opsoclonus\n  definition: Eyes.\n- term: Myoclonus\n  aliases: [OPSOCLONUS]\n  definition: Jerks.\n"),
            DiagnosticCodes.DuplicateGlossaryName, "glossary.yml", 4, 13, Message: "already used by the term 'Opsoclonus'"),
        new("unknown see-also", h => h.Edit("glossary.yml", "see_also: [Myoclonus]", "see_also: [Myoclonos]"),
            DiagnosticCodes.UnknownSeeAlso, "glossary.yml", 4, 14, Message: "did you mean 'Myoclonus'?"),
        new("see-also naming the term itself", h => h.Edit("glossary.yml", "see_also: [Myoclonus]", "see_also: [Myoclonus, dancing eyes]"),
            DiagnosticCodes.SeeAlsoItself, "glossary.yml", 4, 25, Message: "'Opsoclonus' lists itself"),
    ];

    public static TheoryData<string> CaseNames => new(Cases.Select(c => c.Name));

    [Fact]
    public void The_catalogue_names_each_case_once()
    {
        Assert.Equal(Cases.Count, Cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Each_bad_input_is_reported_with_its_code_at_its_file_line_and_column(string name)
    {
        var bad = Cases.Single(c => c.Name == name);
        using var handbook = new Fixture();
        bad.Break(handbook);

        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var result = await new SiteBuilder().BuildAsync(new BuildOptions(handbook.Input, handbook.Output, Build.Today), limit.Token);

        var all = string.Join('\n', Build.Errors(result));
        var found = result.Diagnostics.Sorted().Where(d => d.Code == bad.Code && d.Location.File.EndsWith("input/" + bad.File, StringComparison.Ordinal)).ToList();
        Assert.True(found.Any(d => (d.Location.Line, d.Location.Column) == (bad.Line, bad.Column)),
            $"expected {bad.Code} at {bad.File}({bad.Line},{bad.Column}); got:\n{all}");
        var diagnostic = found.First(d => (d.Location.Line, d.Location.Column) == (bad.Line, bad.Column));
        Assert.Equal(bad.Severity, diagnostic.Severity);
        Assert.Contains(bad.Message ?? "", diagnostic.Message, StringComparison.Ordinal);
        if (bad.Severity == Severity.Error)
        {
            Assert.False(result.Succeeded);
            Assert.False(Directory.Exists(handbook.Output), "a failed build must not write the output folder");
        }
        else
        {
            Assert.True(result.Succeeded, all);
        }
    }

    [Fact]
    public async Task A_byte_order_mark_and_windows_line_ends_are_accepted_in_pages_and_data_files()
    {
        using var handbook = new Fixture();
        foreach (var file in new[] { ChapterFile, "site.yml", "faq.yml", "glossary.yml", "references.yml" })
        {
            var text = File.ReadAllText(handbook.PathOf(file)).ReplaceLineEndings("\r\n");
            File.WriteAllBytes(handbook.PathOf(file), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        }

        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        Assert.Empty(result.Diagnostics.Sorted());
        Assert.Equal("Eye movements", Build.Page(handbook.Output, "symptoms/index.html").GetElementById("eye-movements")!.TextContent);
    }

    [Fact]
    public async Task Empty_optional_data_files_mean_no_entries()
    {
        using var handbook = new Fixture();
        handbook.Write("faq.yml", "# yaml-language-server: $schema=../schemas/faq.schema.json\n\n");
        handbook.Write("glossary.yml", "");
        handbook.Chapter("Dancing eyes.");
        handbook.Edit("chapters/02-treatment.md", " [@jones2019]", "");
        handbook.Write("references.yml", "");

        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        Assert.Equal((0, 0), (result.FaqEntries, result.GlossaryTerms));
    }

    [Fact]
    public async Task Terms_that_name_each_other_in_see_also_are_accepted()
    {
        using var handbook = new Fixture();
        handbook.Edit("glossary.yml", "  aliases: [muscle jerks]\n", "  aliases: [muscle jerks]\n  see_also: [Opsoclonus]\n");

        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        var glossary = Build.Page(handbook.Output, "glossary/index.html");
        string SeeAlso(string id) => glossary.GetElementById(id)!.Closest("article")!.QuerySelector(".glossary-see-also a")!.GetAttribute("href")!;
        Assert.Equal("#term-opsoclonus", SeeAlso("term-myoclonus"));
        Assert.Equal("#term-myoclonus", SeeAlso("term-opsoclonus"));
    }

    [Fact]
    public async Task A_link_or_image_outside_the_input_is_never_read_or_copied()
    {
        using var handbook = new Fixture();
        var secret = Path.Combine(Path.GetDirectoryName(handbook.Input)!, "secret.png");
        File.WriteAllText(secret, "SECRET-CONTENT");
        handbook.Chapter("![A secret](../../secret.png) and [the secret](../../secret.png).");

        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.Equal(2, result.Diagnostics.Sorted().Count(d => d.Code == DiagnosticCodes.LinkOutsideInput));
        Assert.False(Directory.Exists(handbook.Output));
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("secret", StringComparison.Ordinal));
    }

    /// <summary>The slow case (seconds, where the others take milliseconds), in a class of its own so the fast loop leaves it to CI's slow job.</summary>
    [Trait("Tier", "Slow")]
    public sealed class Large
    {
        [Fact]
        public async Task A_five_megabyte_chapter_builds()
        {
            using var handbook = new Fixture();
            // Sections the size of a long real chapter (about 20 KB each), so the page is large, not a list of headings.
            var paragraph = "Opsoclonus is the main sign. Children often have dancing eyes and jerks, and sleep badly [@smith2020].\n\n"
                + "- Eyes move fast.\n- Muscles jerk.\n\nSee [treatment](02-treatment.md#medicines).\n\n";
            var section = new StringBuilder();
            for (var i = 0; section.Length < 5_000_000; i++)
            {
                section.Append("## Part ").Append(i).Append("\n\n").Insert(section.Length, paragraph, 20_000 / paragraph.Length);
            }

            handbook.Chapter(section.ToString());
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var result = await new SiteBuilder().BuildAsync(new BuildOptions(handbook.Input, handbook.Output, Build.Today), limit.Token);

            Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result).Take(5)));
            Assert.True(new FileInfo(handbook.PathOf(ChapterFile)).Length >= 5_000_000);
            Assert.NotNull(Build.Page(handbook.Output, "symptoms/index.html").GetElementById("part-200"));
        }
    }

    /// <summary>Twelve lists of nine references to the list before: tiny as text, billions of items if ever expanded.</summary>
    private static string AliasBomb()
    {
        var yaml = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 12; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]\n");
        }

        return yaml.Append("? *l12\n: 1\n").ToString();
    }

    /// <summary>One case of the catalogue: how to break the small handbook, and what the build must say.</summary>
    private sealed record BadInput(string Name, Action<Fixture> Break, string Code, string File, int Line, int Column, Severity Severity = Severity.Error, string? Message = null);

    /// <summary>The small handbook, with the few ways the catalogue breaks it.</summary>
    private sealed class Fixture : IDisposable
    {
        private readonly SmallHandbook handbook = new();

        public string Input => handbook.Input;

        public string Output => handbook.Output;

        public string PathOf(string relative) => handbook.PathOf(relative);

        public void Write(string relative, string text) => handbook.Write(relative, text);

        public void WriteBytes(string relative, byte[] bytes) => File.WriteAllBytes(PathOf(relative), bytes);

        public void Delete(string relative) => handbook.Delete(relative);

        /// <summary>Replaces one exact piece of a file, failing if it is not there (so a case cannot silently test nothing).</summary>
        public void Edit(string relative, string find, string replace)
        {
            var text = File.ReadAllText(PathOf(relative));
            Assert.Contains(find, text, StringComparison.Ordinal);
            File.WriteAllText(PathOf(relative), text.Replace(find, replace, StringComparison.Ordinal));
        }

        /// <summary>Replaces the symptoms chapter: five lines of front matter, then <paramref name="body"/> from line 6, then the heading other pages link to.</summary>
        public void Chapter(string body) =>
            Write(ChapterFile, "---\ntitle: Symptoms\ndescription: The signs of OMS.\nlast_reviewed: 2026-11-01\n---\n" + body + "\n\n## Eye movements\n\nOpsoclonus.\n");

        public void Link(string relative, string target)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
            File.CreateSymbolicLink(PathOf(relative), target);
        }

        public void Dispose() => handbook.Dispose();
    }
}
