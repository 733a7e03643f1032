using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Prose;

/// <summary>A site whose language is Spanish is judged against its reading-ease floor, as an English one is against its SMOG ceiling.</summary>
[Trait("Tier", "Site")]
public sealed class SpanishReadabilityBuildTests
{
    private const string Hard = """
        La inmunomodulación farmacológica necesita coordinación multidisciplinaria individualizada [@smith2020].

        La inmunosupresión prolongada exige monitorización hematológica exhaustiva y sistemática.

        Las palabras cortas son amables.
        """;

    private static SmallHandbook SpanishHandbook(string siteYml = "")
    {
        var handbook = SmallHandbook.InSpanish(siteYml);
        handbook.Write("chapters/03-dificil.md", Chapter("Difícil", "families") + Hard);
        handbook.Write("chapters/04-tecnico.md", Chapter("Técnico", "clinicians") + Hard);
        return handbook;
    }

    private static string Chapter(string title, string audience) => $"""
        ---
        title: {title}
        description: Una página de prueba.
        audience: {audience}
        last_reviewed: 2026-11-01
        ---

        """;

    [Fact]
    public async Task A_family_page_below_the_floor_warns_with_its_hardest_sentences_and_a_clinician_page_does_not()
    {
        using var handbook = SpanishHandbook();

        var result = await Build.Run(handbook.Input, handbook.Output);

        var warnings = result.Diagnostics.Sorted().Where(d => d.Code == DiagnosticCodes.BelowReadingEaseFloor).ToList();
        var warning = Assert.Single(warnings, w => w.Location.File.EndsWith("03-dificil.md", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Location.File.EndsWith("04-tecnico.md", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.HardToRead);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((2, 1), (warning.Location.Line, warning.Location.Column));
        Assert.StartsWith("Szigriszt-Pazos index ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("(muy difícil on the INFLESZ scale) is below this site's floor of 55 for a page families read", warning.Message, StringComparison.Ordinal);
        Assert.Contains("line 7: \"La inmunomodulación farmacológica", warning.Message, StringComparison.Ordinal);
        Assert.Contains("(7 words, 37 syllables)", warning.Message, StringComparison.Ordinal); // ne-ce-si-ta is 4 of them
        Assert.True(result.Succeeded);
        Assert.Contains(result.Readability, r => r.Page.EndsWith("04-tecnico.md", StringComparison.Ordinal) && r.Score < 55);
    }

    [Fact]
    public async Task The_floor_comes_from_site_yml_and_the_smog_ceiling_does_not_apply()
    {
        // The small handbook's English chapters read as Spanish score well under 99; its clinician page is exempt.
        using var handbook = SpanishHandbook("reading_ease_floor: 99\nsmog_ceiling: 1");

        var result = await Build.Run(handbook.Input, handbook.Output);

        var warned = result.Diagnostics.Sorted().Where(d => d.Code == DiagnosticCodes.BelowReadingEaseFloor).Select(d => Path.GetFileName(d.Location.File)).ToList();
        Assert.Contains("01-symptoms.md", warned);
        Assert.DoesNotContain("02-treatment.md", warned);
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.BelowReadingEaseFloor && d.Message.Contains("floor of 99", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.HardToRead);
    }

    [Fact]
    public async Task A_floor_outside_0_to_100_is_an_error_at_its_line()
    {
        using var handbook = SpanishHandbook("reading_ease_floor: 101");

        var error = Build.Sole(await Build.Run(handbook.Input, handbook.Output), DiagnosticCodes.InvalidValue);

        Assert.Equal(("site.yml", 9), (Path.GetFileName(error.Location.File), error.Location.Line));
        Assert.Contains("'reading_ease_floor' is a Szigriszt-Pazos index between 0 and 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_shows_the_spanish_index_and_its_inflesz_band()
    {
        using var handbook = SpanishHandbook();

        var (code, stdout, _) = await Build.Cli("build", "--report", "--input", handbook.Input, "--output", handbook.Output, "--today", Build.TodayArgument);

        Assert.Equal(0, code);
        Assert.Contains("Readability (Szigriszt-Pazos index on the INFLESZ scale; floor 55 for pages families read)", stdout, StringComparison.Ordinal);
        Assert.Contains("| Szigriszt-Pazos | INFLESZ ", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("SMOG", stdout, StringComparison.Ordinal);
        var hard = stdout.Split('\n').Single(l => l.Contains("03-dificil.md", StringComparison.Ordinal));
        Assert.Matches(@"\| families\s+\|\s+\d+ \|\s+\d+ \|\s+-?\d+\.\d \(under\) \| muy difícil\s+\|\s+\d+ \|", hard);
        var technical = stdout.Split('\n').Single(l => l.Contains("04-tecnico.md", StringComparison.Ordinal));
        Assert.DoesNotContain("(under)", technical, StringComparison.Ordinal);
        Assert.Contains("| muy difícil", technical, StringComparison.Ordinal);
    }
}
