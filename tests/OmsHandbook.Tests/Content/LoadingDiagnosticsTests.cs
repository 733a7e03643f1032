using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Content;

/// <summary>How loading reports problems across a run; each kind of bad input, with its location, is in Robustness/BadInputCatalogueTests.</summary>
[Trait("Tier", "Site")]
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
