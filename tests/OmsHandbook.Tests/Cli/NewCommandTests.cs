using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Cli;

/// <summary>`new chapter|term|faq`: what they write builds, what exists already is refused, and nothing else in a file changes.</summary>
[Trait("Tier", "Site")]
public sealed class NewCommandTests
{
    [Fact]
    public async Task New_chapter_takes_the_next_number_and_writes_front_matter_that_builds()
    {
        using var handbook = new SmallHandbook();
        var (code, stdout, _) = await New(handbook, "chapter", "Living with OMS: day to day", "--today", Build.TodayArgument);

        Assert.Equal(0, code);
        var path = handbook.PathOf("chapters/03-living-with-oms-day-to-day.md");
        Assert.Contains("03-living-with-oms-day-to-day.md, published at /living-with-oms-day-to-day/", stdout);
        var text = File.ReadAllText(path);
        Assert.StartsWith(
            "---\ntitle: \"Living with OMS: day to day\"\ndescription: ",
            text);
        Assert.Contains("\naudience: families\nlast_reviewed: 2026-11-21\nreviewed_by: \"\"\n---\n", text);

        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        Assert.Equal(0, result.Diagnostics.WarningCount);
        var page = Build.Page(handbook.Output, "living-with-oms-day-to-day/index.html");
        Assert.Equal("Living with OMS: day to day", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("awaiting clinical review", page.Body!.TextContent);
    }

    [Fact]
    public async Task New_chapter_numbers_after_the_highest_number_with_as_many_digits()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/009-extra.md", "---\ntitle: Extra\ndescription: More.\nlast_reviewed: 2026-11-01\n---\nText.\n");

        var (code, _, _) = await New(handbook, "chapter", "Schools", "--today", Build.TodayArgument);

        Assert.Equal(0, code);
        Assert.True(File.Exists(handbook.PathOf("chapters/010-schools.md")));
    }

    [Theory]
    [InlineData("term", "Ataxia", "glossary.yml", "\n- term: Ataxia\n  definition: |\n    Write a plain-English definition here, and cite its source.\n", "glossary/index.html", "term-ataxia")]
    [InlineData("faq", "Can adults get OMS?", "faq.yml", "\n- id: can-adults-get-oms\n  question: Can adults get OMS?\n  answer: |\n    Write a short, plain answer here, and cite its source.\n", "faq/index.html", "can-adults-get-oms")]
    public async Task New_term_and_faq_append_one_entry_after_the_existing_text_and_it_builds(string what, string text, string file, string entry, string page, string id)
    {
        using var handbook = new SmallHandbook();
        var before = File.ReadAllText(handbook.PathOf(file));

        var (code, stdout, _) = await New(handbook, what, text);

        Assert.Equal(0, code);
        Assert.Contains($"'{text}' to ", stdout);
        Assert.Equal(before + entry, File.ReadAllText(handbook.PathOf(file)));
        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        Assert.NotNull(Build.Page(handbook.Output, page).GetElementById(id));
    }

    [Fact]
    public async Task New_term_keeps_comments_indentation_and_blank_lines_between_entries()
    {
        using var handbook = new SmallHandbook();
        const string Glossary = "# yaml-language-server: $schema=../schemas/glossary.schema.json\n# Terms, A to Z.\n\n  - term: Opsoclonus\n    definition: Fast eye movements.   # keep me\n\n  - term: Myoclonus\n    definition: Jerks.";
        handbook.Write("glossary.yml", Glossary);

        var (code, stdout, _) = await New(handbook, "term", "Ataxia");

        Assert.Equal(0, code);
        Assert.Contains("at line 10", stdout);
        Assert.Equal(
            Glossary + "\n\n  - term: Ataxia\n    definition: |\n      Write a plain-English definition here, and cite its source.\n",
            File.ReadAllText(handbook.PathOf("glossary.yml")));
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);
    }

    [Fact]
    public async Task New_term_refuses_to_touch_a_glossary_with_errors_and_names_them()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("glossary.yml", "- term: Opsoclonus\n  definition: Eyes.\n- term: Myoclonus\n   definition: bad indent\n");

        var (code, _, stderr) = await New(handbook, "term", "Ataxia");

        Assert.Equal(1, code);
        Assert.Contains("glossary.yml has errors", stderr);
        Assert.Contains("glossary.yml(4,", stderr);
    }

    [Fact]
    public async Task New_term_starts_a_missing_glossary_with_its_schema_line()
    {
        using var handbook = new SmallHandbook();
        handbook.Delete("glossary.yml");

        var (code, _, _) = await New(handbook, "term", "Ataxia");

        Assert.Equal(0, code);
        Assert.StartsWith("# yaml-language-server: $schema=../schemas/glossary.schema.json\n- term: Ataxia\n", File.ReadAllText(handbook.PathOf("glossary.yml")));
    }

    [Theory]
    [InlineData("chapter", "Symptoms", "already has the address /symptoms/")]
    [InlineData("chapter", "Glossary", "belongs to the site itself")]
    [InlineData("chapter", "Signs", "is an old address of")]
    [InlineData("chapter", "???", "no letters or digits")]
    [InlineData("term", "opsoclonus", "is already a term")]
    [InlineData("term", "Dancing  Eyes", "is already an alias of 'Opsoclonus'")]
    [InlineData("term", "Myoclonus!", "would have the same address on the glossary page (#term-myoclonus)")]
    [InlineData("faq", "What is OMS?", "the FAQ already asks this question")]
    [InlineData("faq", "Is OMS  inherited?", "the FAQ already asks this question")]
    public async Task New_refuses_what_exists_already_and_writes_nothing(string what, string text, string reason)
    {
        using var handbook = new SmallHandbook();
        var before = SiteSnapshot.Of(handbook.Input);

        var (code, _, stderr) = await New(handbook, what, text);

        Assert.Equal(1, code);
        Assert.Contains(reason, stderr);
        Assert.Equal(before, SiteSnapshot.Of(handbook.Input));
    }

    [Fact]
    public async Task New_chapter_with_lang_starts_a_translation_paired_with_its_original_and_linking_to_english_pages_not_yet_translated()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("es/site.yml", "title: Manual\ndescription: Un manual.\nbase_url: https://example.org\nlanguage: es\ncondition:\n  name: SOM\n  alternate_names: []\n");
        handbook.Write("es/index.md", "---\ntitle: Manual\ndescription: Inicio.\ntranslation_of: index.md\n---\nHola.\n");

        var (code, stdout, stderr) = await New(handbook, "chapter", "Síntomas", "--lang", "es", "--translates", "01-symptoms.md", "--today", Build.TodayArgument);

        Assert.True(code == 0, stderr);
        Assert.Contains("01-sintomas.md, published at /es/sintomas/", stdout, StringComparison.Ordinal);
        var text = File.ReadAllText(handbook.PathOf("es/chapters/01-sintomas.md"));
        Assert.StartsWith("---\ntitle: Síntomas\ndescription: The signs of OMS.\naudience: families\nlast_reviewed: 2026-11-01\nreviewed_by: \"\"\ntranslation_of: 01-symptoms.md\nsource_hash: ", text, StringComparison.Ordinal);
        Assert.Contains("## Eye movements", text, StringComparison.Ordinal);

        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Location.File.EndsWith("01-sintomas.md", StringComparison.Ordinal) && d.Code is "OMS0216" or "OMS0217");
        // Treatment has no translation yet: its link leads to the English page.
        Assert.Contains("/treatment/#medicines", Build.Page(handbook.Output, "es/sintomas/index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")));

        var (again, _, refused) = await New(handbook, "chapter", "Señales", "--lang", "es", "--translates", "01-symptoms.md");
        Assert.Equal(1, again);
        Assert.Contains("already translates '01-symptoms.md'", refused, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> New(SmallHandbook handbook, string what, string text, params string[] more) =>
        Build.Cli(["new", what, text, "--input", handbook.Input, .. more]);
}
