using OmsHandbook.Core;
using OmsHandbook.Pipeline;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Serve;

/// <summary>
/// The preview's builder keeps what it made for the next build. Whatever a maintainer saves, what it
/// serves must be exactly what a fresh build of the same files makes, diagnostics included.
/// </summary>
[Trait("Tier", "Site")]
public sealed class IncrementalRebuildTests
{
    private static string Treatment(string title, string extra, string heading) => $"""
        ---
        title: {title}
        description: How OMS is treated.
        audience: clinicians
        last_reviewed: 2026-10-01
        next_review: 2027-04-01
        reviewed_by: Dr Example, paediatric neurologist
        ---
        Treatment calms the immune system [@jones2019]. {extra}

        ## {heading}

        Back to [eye movements](01-symptoms.md#eye-movements).
        """;

    public static TheoryData<string, Action<SmallHandbook>> Edits => new()
    {
        { "body text", h => h.Write("chapters/02-treatment.md", Treatment("Treatment", "It takes months.", "Medicines")) },
        { "a heading another page links to (the link breaks)", h => h.Write("chapters/02-treatment.md", Treatment("Treatment", "", "Drugs")) },
        { "a title (every page lists it)", h => h.Write("chapters/02-treatment.md", Treatment("Treating OMS", "", "Medicines")) },
        { "a FAQ answer (the FAQ page, and nothing a chapter shows)", h => h.Write("faq.yml", "- id: what-is-oms\n  question: What is OMS?\n  answer: A rare condition that affects the eyes [@smith2020].\n") },
        { "the glossary", h => h.Write("glossary.yml", "- term: Opsoclonus\n  definition: Fast eye movements.\n- term: Treatment\n  definition: Care that calms the immune system.\n") },
        { "a new chapter", h => h.Write("chapters/03-outlook.md", "---\ntitle: Outlook\ndescription: What happens later.\nlast_reviewed: 2026-11-01\n---\nMost children improve, see [treatment](02-treatment.md#medicines).\n") },
        { "a deleted chapter (links to it break)", h => h.Delete("chapters/02-treatment.md") },
        { "a broken front matter (then the build fails the same way)", h => h.Write("chapters/02-treatment.md", "---\ntitle: [unclosed\n---\nText.\n") },
        { "new search synonyms (only the search index changes)", h => h.Write("search-synonyms.yml", "- words: [treatment, therapy, care]\n") },
        { "a reference", h => h.Write("references.yml", "smith2020:\n  authors: Smith A\n  title: A changed title\n  year: 2021\n  doi: 10.1000/test.2\njones2019:\n  authors: Jones C\n  title: Another study\n  year: 2019\n  url: https://example.org/study\n") },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task After_an_edit_the_preview_builds_exactly_what_a_fresh_build_does(string edit, Action<SmallHandbook> change)
    {
        using var handbook = new SmallHandbook();
        var preview = new SiteBuilder(new BuildMemo());
        Assert.True((await preview.BuildAsync(Options(handbook))).Succeeded);

        change(handbook);
        var incremental = await preview.BuildAsync(Options(handbook));
        var fresh = await new SiteBuilder().BuildAsync(Options(handbook));

        SameAsFresh(fresh, incremental, edit);
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task After_an_edit_and_the_first_look_at_it_the_preview_still_builds_exactly_what_a_fresh_build_does(string edit, Action<SmallHandbook> change)
    {
        using var handbook = new SmallHandbook();
        var preview = new SiteBuilder(new BuildMemo());
        Assert.True((await preview.BuildAsync(Options(handbook))).Succeeded);

        var changed = FilesChangedBy(handbook, change);
        var firstLook = await FirstLook(preview, handbook, changed);
        var incremental = await preview.BuildAsync(Options(handbook));
        var fresh = await new SiteBuilder().BuildAsync(Options(handbook));

        SameAsFresh(fresh, incremental, edit);
        // Whatever the first look showed is what the whole build made.
        Assert.All(firstLook ?? [], page => Assert.True(page.Content.SequenceEqual(fresh.Files.Single(f => f.Path == page.Path).Content), $"{edit}: the first look's {page.Path} differs"));
    }

    [Fact]
    public async Task The_first_look_after_editing_a_chapters_text_lays_out_that_chapter_alone()
    {
        using var handbook = new SmallHandbook();
        var memo = new BuildMemo();
        var preview = new SiteBuilder(memo);
        await preview.BuildAsync(Options(handbook));

        handbook.Write("chapters/02-treatment.md", Treatment("Treatment", "It takes months.", "Medicines"));
        var firstLook = await FirstLook(preview, handbook, new HashSet<string> { handbook.PathOf("chapters/02-treatment.md") });

        var page = Assert.Single(firstLook!);
        Assert.Equal("treatment/index.html", page.Path);
        Assert.Contains("It takes months.", System.Text.Encoding.UTF8.GetString(page.Content));
        Assert.Equal((1, 1, 1), (memo.Renders.Made, memo.Layouts.Made, memo.Checks.Made));
    }

    public static TheoryData<string, Action<SmallHandbook>> EditsWithoutAFirstLook => new()
    {
        { "the glossary", h => h.Write("glossary.yml", "- term: Opsoclonus\n  definition: Fast eye movements.\n") },
        { "a new chapter", h => h.Write("chapters/03-outlook.md", "---\ntitle: Outlook\ndescription: What happens later.\nlast_reviewed: 2026-11-01\n---\nMost children improve.\n") },
        { "a deleted chapter", h => h.Delete("chapters/02-treatment.md") },
        { "a broken front matter", h => h.Write("chapters/02-treatment.md", "---\ntitle: [unclosed\n---\nText.\n") },
        { "a citation of an unknown source", h => h.Write("chapters/02-treatment.md", Treatment("Treatment", "[@nobody]", "Medicines")) },
        { "search synonyms", h => h.Write("search-synonyms.yml", "- words: [treatment, therapy]\n") },
    };

    [Theory]
    [MemberData(nameof(EditsWithoutAFirstLook))]
    public async Task There_is_no_first_look_when_only_a_whole_build_can_tell(string edit, Action<SmallHandbook> change)
    {
        using var handbook = new SmallHandbook();
        var preview = new SiteBuilder(new BuildMemo());
        await preview.BuildAsync(Options(handbook));

        var changed = FilesChangedBy(handbook, change);

        Assert.True(await FirstLook(preview, handbook, changed) is null, edit);
    }

    [Fact]
    public async Task There_is_no_first_look_until_a_build_has_succeeded()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/02-treatment.md", Treatment("Treatment", "[@nobody]", "Medicines"));
        var preview = new SiteBuilder(new BuildMemo());
        Assert.False((await preview.BuildAsync(Options(handbook))).Succeeded);

        handbook.Write("chapters/02-treatment.md", Treatment("Treatment", "Fixed.", "Medicines"));

        Assert.Null(await FirstLook(preview, handbook, new HashSet<string> { handbook.PathOf("chapters/02-treatment.md") }));
    }

    [Fact]
    public async Task After_a_failed_build_and_a_fix_the_preview_builds_exactly_what_a_fresh_build_does()
    {
        using var handbook = new SmallHandbook();
        var preview = new SiteBuilder(new BuildMemo());
        await preview.BuildAsync(Options(handbook));
        handbook.Write("chapters/02-treatment.md", Treatment("Treatment", "[@nobody]", "Drugs"));
        Assert.False((await preview.BuildAsync(Options(handbook))).Succeeded);

        handbook.Write("chapters/02-treatment.md", Treatment("Treatment", "Fixed.", "Medicines"));
        var incremental = await preview.BuildAsync(Options(handbook));
        var fresh = await new SiteBuilder().BuildAsync(Options(handbook));

        Assert.True(incremental.Succeeded, string.Join('\n', Build.Errors(incremental)));
        SameAsFresh(fresh, incremental, "fixed after a failed build");
    }

    [Fact]
    public async Task Editing_one_chapters_text_renders_only_that_chapter_and_lays_out_only_the_pages_it_is_on()
    {
        using var handbook = new SmallHandbook();
        var memo = new BuildMemo();
        var preview = new SiteBuilder(memo);
        await preview.BuildAsync(Options(handbook));

        handbook.Write("chapters/02-treatment.md", Treatment("Treatment", "It takes months.", "Medicines"));
        await preview.BuildAsync(Options(handbook));

        Assert.Equal(1, memo.Renders.Made);
        // the chapter and the print edition, plus the FAQ, glossary and search pages, which are always made afresh
        Assert.Equal(5, memo.Layouts.Made);
        Assert.Equal(2, memo.Checks.Made);
    }

    [Fact]
    public async Task What_a_chapter_made_before_an_edit_is_found_again_when_the_edit_is_undone()
    {
        using var handbook = new SmallHandbook();
        var memo = new BuildMemo();
        var preview = new SiteBuilder(memo);
        await preview.BuildAsync(Options(handbook));
        var original = File.ReadAllText(handbook.PathOf("chapters/02-treatment.md"));

        handbook.Write("chapters/02-treatment.md", Treatment("Treatment", "It takes months.", "Medicines"));
        await FirstLook(preview, handbook, new HashSet<string> { handbook.PathOf("chapters/02-treatment.md") });
        handbook.Write("chapters/02-treatment.md", original);
        var undone = await preview.BuildAsync(Options(handbook));

        // Keys are hashes of what the work was made from, so the text as it was finds the work as it was
        // (the FAQ, glossary and search pages have no key: they are laid out every build).
        Assert.Equal((0, 0, 0), (memo.Renders.Made, memo.Layouts.Made - 3, memo.Checks.Made));
        SameAsFresh(await new SiteBuilder().BuildAsync(Options(handbook)), undone, "an undone edit");
    }

    [Fact]
    public async Task A_build_dropped_for_a_newer_save_at_any_moment_leaves_the_next_build_exactly_as_a_fresh_one()
    {
        // Where the cancellation lands depends on timing; whatever it interrupts, the build after it must not tell.
        foreach (var delay in new[] { 0, 1, 2, 4, 8, 16, 32 })
        {
            using var handbook = new SmallHandbook();
            var preview = new SiteBuilder(new BuildMemo());
            await preview.BuildAsync(Options(handbook));
            handbook.Write("chapters/02-treatment.md", Treatment("Treatment", "", "Drugs"));
            using (var newerSave = new CancellationTokenSource(TimeSpan.FromMilliseconds(delay)))
            {
                try
                {
                    await preview.BuildAsync(Options(handbook), newerSave.Token);
                }
                catch (OperationCanceledException)
                {
                    // Dropped, as the preview drops it.
                }
            }

            handbook.Write("chapters/02-treatment.md", Treatment("Treatment", "Edited again.", "Drugs"));
            var incremental = await preview.BuildAsync(Options(handbook));
            var fresh = await new SiteBuilder().BuildAsync(Options(handbook));

            SameAsFresh(fresh, incremental, $"dropped after {delay} ms");
        }
    }

    [Fact]
    public async Task Renaming_a_heading_renders_every_page_again_because_any_may_link_to_it()
    {
        using var handbook = new SmallHandbook();
        var memo = new BuildMemo();
        var preview = new SiteBuilder(memo);
        await preview.BuildAsync(Options(handbook));

        handbook.Write("chapters/02-treatment.md", Treatment("Treatment", "", "Drugs"));
        var result = await preview.BuildAsync(Options(handbook));

        Assert.Equal(3, memo.Renders.Made);
        Assert.Equal(DiagnosticCodes.LinkToMissingHeading, Build.Sole(result, DiagnosticCodes.LinkToMissingHeading).Code);
    }

    /// <summary>The preview's build made the same site as a fresh build of the same files, diagnostics included.</summary>
    [Fact]
    public async Task After_the_urgency_scale_changes_the_preview_checks_unchanged_care_cards_again()
    {
        const string Site = "title: Test Handbook\ndescription: A handbook for tests.\nbase_url: https://example.org\nurgency_scale:\n  urgent: [{0}]\n";
        using var handbook = new SmallHandbook();
        handbook.Write("site.yml", Site.Replace("{0}", "Call your care team today", StringComparison.Ordinal));
        handbook.Write("chapters/03-help.md", "---\ntitle: Help\ndescription: When to get help.\nlast_reviewed: 2026-11-01\n---\n::: urgent Call your care team today if:\n- a fever\n:::\n");
        var preview = new SiteBuilder(new BuildMemo());
        Assert.True((await preview.BuildAsync(Options(handbook))).Succeeded);

        handbook.Write("site.yml", Site.Replace("{0}", "Call your care team's 24-hour number now", StringComparison.Ordinal));
        var incremental = await preview.BuildAsync(Options(handbook));
        var fresh = await new SiteBuilder().BuildAsync(Options(handbook));

        Assert.Contains(fresh.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.CareCardWording);
        SameAsFresh(fresh, incremental, "a changed urgency scale");
    }

    /// <summary>The preview's first look after a save: the pages laid out anew, or null when only a whole build can tell.</summary>
    private static async Task<IReadOnlyList<OutputFile>?> FirstLook(SiteBuilder preview, SmallHandbook handbook, IReadOnlySet<string> saved) =>
        await preview.BuildAsync(Options(handbook), BuildScope.Saved(saved)) is { Succeeded: true } look ? look.Files : null;

    private static void SameAsFresh(BuildResult fresh, BuildResult incremental, string what)
    {
        Assert.Equal(Build.Errors(fresh), Build.Errors(incremental));
        Assert.Equal(fresh.Files.Select(f => f.Path), incremental.Files.Select(f => f.Path));
        Assert.All(fresh.Files.Zip(incremental.Files), pair => Assert.True(pair.First.Content.SequenceEqual(pair.Second.Content), $"{what}: {pair.First.Path} differs from a fresh build"));
    }

    /// <summary>Makes the edit and names the files it wrote, made or deleted, as the preview's watcher would.</summary>
    private static HashSet<string> FilesChangedBy(SmallHandbook handbook, Action<SmallHandbook> change)
    {
        var before = Snapshot();
        change(handbook);
        var after = Snapshot();
        return before.Keys.Union(after.Keys)
            .Where(path => !before.TryGetValue(path, out var old) || !after.TryGetValue(path, out var now) || old != now)
            .ToHashSet(StringComparer.Ordinal);

        Dictionary<string, string> Snapshot() =>
            Directory.EnumerateFiles(handbook.Input, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText, StringComparer.Ordinal);
    }

    private static BuildOptions Options(SmallHandbook handbook) =>
        new(handbook.Input, handbook.Output, Build.Today) { WriteOutput = false };
}
