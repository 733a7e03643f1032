using OmsHandbook.Pipeline;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Content;

/// <summary>Each kind of bad input gets its own code at the line and column where the mistake is.</summary>
public sealed class LoadingDiagnosticsTests
{
    [Fact]
    public async Task The_small_handbook_builds_cleanly()
    {
        using var handbook = new SmallHandbook();
        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        Assert.Empty(Build.Errors(result));
    }

    [Fact]
    public async Task Malformed_yaml_in_a_data_file_is_reported_at_the_parsers_line()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("faq.yml", "- question: What is OMS?\n  answer: [unclosed\n- question: Next\n");
        var result = await Build.Run(handbook.Input, handbook.Output);
        var diagnostic = Build.Sole(result, DiagnosticCodes.MalformedYaml);
        Assert.EndsWith("faq.yml", diagnostic.Location.File);
        Assert.InRange(diagnostic.Location.Line, 2, 3);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Malformed_yaml_in_front_matter_counts_lines_from_the_top_of_the_file()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/01-symptoms.md", "---\ntitle: Symptoms\ndescription: [oops\nlast_reviewed: 2026-01-01\n---\nText.\n");
        var result = await Build.Run(handbook.Input, handbook.Output);
        var diagnostic = Build.Sole(result, DiagnosticCodes.MalformedYaml);
        Assert.EndsWith("chapters/01-symptoms.md", diagnostic.Location.File);
        Assert.InRange(diagnostic.Location.Line, 3, 5);
    }

    [Fact]
    public async Task Front_matter_that_never_closes_is_reported()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/01-symptoms.md", "---\ntitle: Symptoms\ndescription: Signs.\nlast_reviewed: 2026-01-01\n\nText without a closing fence.\n");
        var result = await Build.Run(handbook.Input, handbook.Output);
        var diagnostic = Build.Sole(result, DiagnosticCodes.UnclosedFrontMatter);
        Assert.Equal((1, 1), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public async Task Missing_and_empty_required_fields_are_each_reported()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/01-symptoms.md", "---\ntitle: \"\"\nlast_reviewed: 2026-01-01\n---\nText.\n");
        var result = await Build.Run(handbook.Input, handbook.Output);
        var missing = result.Diagnostics.Sorted().Where(d => d.Code == DiagnosticCodes.MissingField).ToList();
        Assert.Equal(2, missing.Count);
        Assert.Contains(missing, d => d.Message.Contains("'title'", StringComparison.Ordinal) && d.Location.Line == 2);
        Assert.Contains(missing, d => d.Message.Contains("'description'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_type_is_reported_at_its_value()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/01-symptoms.md", "---\ntitle: Symptoms\ndescription: Signs.\norder: two\nlast_reviewed: 2026-01-01\n---\nText.\n");
        var result = await Build.Run(handbook.Input, handbook.Output);
        var diagnostic = Build.Sole(result, DiagnosticCodes.InvalidValue);
        Assert.Equal((4, 8), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("'two'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_impossible_date_is_reported()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/01-symptoms.md", "---\ntitle: Symptoms\ndescription: Signs.\nlast_reviewed: 2026-02-30\n---\nText.\n");
        var result = await Build.Run(handbook.Input, handbook.Output);
        var diagnostic = Build.Sole(result, DiagnosticCodes.InvalidDate);
        Assert.Equal(4, diagnostic.Location.Line);
        Assert.Contains("2026-02-30", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_field_is_a_warning_that_suggests_the_right_name()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/01-symptoms.md", "---\ntitle: Symptoms\ndescription: Signs.\nlast_reviewed: 2026-01-01\nreviwed_by: Someone\n---\nText.\n\n## Eye movements\n");
        var result = await Build.Run(handbook.Input, handbook.Output);
        var diagnostic = Build.Sole(result, DiagnosticCodes.UnknownField);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("did you mean 'reviewed_by'?", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task A_chapter_file_with_a_bad_name_is_reported()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/Causes.md", "---\ntitle: Causes\ndescription: Why.\nlast_reviewed: 2026-01-01\n---\nText.\n");
        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.EndsWith("Causes.md", Build.Sole(result, DiagnosticCodes.BadChapterFileName).Location.File);
    }

    [Fact]
    public async Task Two_chapters_with_the_same_slug_are_reported()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/03-symptoms.md", "---\ntitle: More\ndescription: Again.\nlast_reviewed: 2026-01-01\n---\nText.\n");
        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.Contains("01-symptoms.md", Build.Sole(result, DiagnosticCodes.DuplicateSlug).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_glossary_alias_that_names_another_term_is_reported()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("glossary.yml", "- term: Opsoclonus\n  definition: Eyes.\n- term: Myoclonus\n  aliases: [OPSOCLONUS]\n  definition: Jerks.\n");
        var result = await Build.Run(handbook.Input, handbook.Output);
        var diagnostic = Build.Sole(result, DiagnosticCodes.DuplicateGlossaryName);
        Assert.Equal(4, diagnostic.Location.Line);
    }

    [Fact]
    public async Task Unknown_see_also_and_related_entries_are_reported()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("glossary.yml", "- term: Opsoclonus\n  definition: Eyes.\n  see_also: [Myoclonos]\n");
        handbook.Write("faq.yml", "- question: Q?\n  answer: A.\n  related: [01-symptom.md]\n");
        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.Contains("Myoclonos", Build.Sole(result, DiagnosticCodes.UnknownSeeAlso).Message, StringComparison.Ordinal);
        Assert.Contains("did you mean '01-symptoms.md'?", Build.Sole(result, DiagnosticCodes.UnknownRelatedChapter).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_site_file_is_reported_and_nothing_is_written()
    {
        using var handbook = new SmallHandbook();
        handbook.Delete("site.yml");
        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.EndsWith("site.yml", Build.Sole(result, DiagnosticCodes.InputMissing).Location.File);
        Assert.False(Directory.Exists(handbook.Output));
    }

    [Fact]
    public async Task Invalid_utf8_is_reported_and_a_bom_with_crlf_line_ends_is_accepted()
    {
        using var handbook = new SmallHandbook();
        File.WriteAllBytes(handbook.PathOf("chapters/03-bad.md"), [0x2D, 0x2D, 0x2D, 0x0A, 0xC3, 0x28, 0x0A]);
        var bomCrlf = "\uFEFF---\r\ntitle: Causes\r\ndescription: Why.\r\nlast_reviewed: 2026-01-01\r\n---\r\nText.\r\n";
        File.WriteAllText(handbook.PathOf("chapters/04-causes.md"), bomCrlf, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var result = await Build.Run(handbook.Input, handbook.Output);
        Assert.EndsWith("03-bad.md", Build.Sole(result, DiagnosticCodes.FileUnreadable).Location.File);
        Assert.Single(Build.Errors(result));
    }

    [Fact]
    public async Task Every_problem_in_a_run_is_reported_not_just_the_first()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/01-symptoms.md", "---\ntitle: Symptoms\ndescription: Signs.\nlast_reviewed: 2026-01-01\n---\nSee [x](99-nowhere.md) and [@nobody].\n");
        handbook.Write("faq.yml", "- question: [broken\n");
        var result = await Build.Run(handbook.Input, handbook.Output);
        var codes = result.Diagnostics.Sorted().Select(d => d.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { DiagnosticCodes.LinkToMissingPage, DiagnosticCodes.UnknownCitation, DiagnosticCodes.MalformedYaml }, codes);
    }

    [Fact]
    public async Task A_data_file_of_the_wrong_shape_says_what_shape_it_must_have()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("glossary.yml", "term: Opsoclonus\ndefinition: Eyes.\n");
        var result = await Build.Run(handbook.Input, handbook.Output);
        var diagnostic = Build.Sole(result, DiagnosticCodes.InvalidValue);
        Assert.Contains("glossary.yml must be a list of entries, each starting with '- term:'", diagnostic.Message);
    }

    [Fact]
    public async Task A_review_due_within_thirty_days_is_a_warning_at_the_line_that_sets_it()
    {
        using var handbook = new SmallHandbook();
        var result = await Build.Run(handbook.Input, handbook.Output, today: new DateOnly(2027, 3, 10));
        var diagnostic = Build.Sole(result, DiagnosticCodes.ReviewDueSoon);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.EndsWith("02-treatment.md", diagnostic.Location.File);
        Assert.Equal(6, diagnostic.Location.Line);
        Assert.Contains("due on 2027-04-01, in 22 days", diagnostic.Message);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Without_next_review_the_review_falls_due_a_year_after_the_last_one()
    {
        using var handbook = new SmallHandbook();
        var result = await Build.Run(handbook.Input, handbook.Output, today: new DateOnly(2027, 11, 2));
        var overdue = result.Diagnostics.Sorted().Where(d => d.Code == DiagnosticCodes.ReviewOverdue).ToList();
        Assert.Equal(2, overdue.Count);
        Assert.Contains(overdue, d => d.Location.File.EndsWith("01-symptoms.md") && d.Location.Line == 5 && d.Message.Contains("2027-11-01"));
        Assert.False(result.Succeeded);
    }
}
