using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Robustness;

/// <summary>When a data file fails to load, its own error is what the maintainer sees, not the errors it causes everywhere else.</summary>
[Trait("Tier", "Site")]
public sealed class LeadWithTheCauseTests
{
    [Fact]
    public async Task A_duplicated_key_in_references_is_the_only_error_not_one_per_citation()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("references.yml", File.ReadAllText(handbook.PathOf("references.yml")) + "\nsmith2020:\n  authors: Again\n  title: Again\n  year: 2021\n  url: https://example.org/again\n");

        var result = await Build.Run(handbook.Input, handbook.Output);

        var only = Assert.Single(result.Diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.MalformedYaml, only.Code);
        Assert.Contains("Duplicate key", only.Message);
    }

    [Fact]
    public async Task A_glossary_that_does_not_load_hides_the_unknown_terms_it_would_cause()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("index.md", "---\ntitle: Home\ndescription: Home.\n---\nSee [the eye movements](glossary:opsoclonus) [@smith2020].\n");
        handbook.Write("glossary.yml", "- term: Opsoclonus\n\tdefinition: tab-indented\n");

        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.Equal([DiagnosticCodes.MalformedYaml], result.Diagnostics.Sorted().Select(d => d.Code));
    }

    [Fact]
    public async Task With_the_data_files_loaded_an_unknown_citation_is_still_reported()
    {
        // The positive control: silencing applies only after a failed load.
        using var handbook = new SmallHandbook();
        handbook.Write("index.md", "---\ntitle: Home\ndescription: Home.\n---\nSee [@nobody1999].\n");

        var result = await Build.Run(handbook.Input, handbook.Output);

        Build.Sole(result, DiagnosticCodes.UnknownCitation);
    }

    [Theory]
    [InlineData("last_reviewed: 2026-11-22", null)]
    [InlineData("last_reviewed: 2026-11-01\nnext_review: 9999-12-31", null)]
    [InlineData("last_reviewed: 2026-11-21", "2027-11-21")]
    public async Task Review_dates_up_to_a_day_ahead_and_at_the_end_of_the_calendar_are_accepted(string dates, string? nextShown)
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/01-symptoms.md", File.ReadAllText(handbook.PathOf("chapters/01-symptoms.md")).Replace("last_reviewed: 2026-11-01", dates, StringComparison.Ordinal));

        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        if (nextShown is not null)
        {
            Assert.Contains(nextShown, Build.Page(handbook.Output, "symptoms/index.html").QuerySelector(".review-date")!.InnerHtml, StringComparison.Ordinal);
        }
    }
}
