using OmsHandbook.ContentLint;
using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Prose;

/// <summary>A Spanish edition's pages are linted for known-wrong claims, figures and doses as Spanish writes them (the real Spanish handbook builds with none: RealHandbookTests).</summary>
[Trait("Tier", "Site")]
public sealed class SpanishContentLintTests
{
    private const string FrontMatter = """
        ---
        title: Afirmaciones
        description: Afirmaciones que comprobar.
        audience: families
        last_reviewed: 2026-11-01
        ---

        """;

    private static readonly int FrontMatterLines = FrontMatter.Split('\n').Length - 1;

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "OmsHandbook.Tests", "Prose", "Fixtures", name));

    [Fact]
    public async Task Every_known_wrong_claim_in_the_spanish_fixture_is_an_error_on_its_own_line()
    {
        var claims = Fixture("known-wrong-claims.es.md");
        using var handbook = SmallHandbook.InSpanish();
        handbook.Write("chapters/03-afirmaciones.md", FrontMatter + claims);

        var result = await Build.Run(handbook.Input, handbook.Output);

        var claimLines = claims.Split('\n')
            .Select((text, index) => (text, line: FrontMatterLines + index + 1))
            .Where(l => l.text.Trim().Length > 0)
            .Select(l => l.line)
            .ToList();
        var errorLines = result.Diagnostics.Sorted()
            .Where(d => d.Code == DiagnosticCodes.KnownWrongClaim && d.Location.File.EndsWith("03-afirmaciones.md", StringComparison.Ordinal))
            .Select(d => d.Location.Line)
            .ToList();
        Assert.Equal(claimLines, errorLines);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Each_spanish_claim_is_exercised_by_the_fixture_and_matches_the_english_one_it_translates()
    {
        var claims = Fixture("known-wrong-claims.es.md");
        Assert.Equal(KnownWrongClaims.English.Select(c => (c.Why, c.Instead)), KnownWrongClaims.Spanish.Select(c => (c.Why, c.Instead)));
        foreach (var claim in KnownWrongClaims.Spanish)
        {
            Assert.True(claim.Pattern.IsMatch(claims), $"no Spanish fixture sentence for the claim: {claim.Why}");
        }
    }

    [Fact]
    public void A_spanish_claims_keywords_are_in_every_sentence_its_pattern_matches()
    {
        var sentences = Fixture("known-wrong-claims.es.md").Split('\n').Concat(Fixture("corrections.es.md").Split('\n')).Where(l => l.Trim().Length > 0);
        foreach (var claim in KnownWrongClaims.Spanish)
        {
            foreach (var match in sentences.SelectMany(s => claim.Pattern.Matches(s)))
            {
                Assert.True(claim.MayBeIn(match.Value), $"'{match.Value}' matches but has none of the keywords {string.Join(", ", claim.Keywords)}");
            }
        }
    }

    [Fact]
    public async Task Spanish_corrections_questions_and_refutations_pass()
    {
        using var handbook = SmallHandbook.InSpanish();
        handbook.Write("chapters/03-hechos.md", FrontMatter + Fixture("corrections.es.md"));

        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.KnownWrongClaim);
    }

    [Fact]
    public async Task Each_edition_is_linted_in_its_own_language_only()
    {
        // An English claim on a Spanish site, and a Spanish one on an English site, are not what
        // the other language's patterns look for: each edition is read in its own language.
        using var spanish = SmallHandbook.InSpanish();
        spanish.Write("chapters/03-afirmaciones.md", FrontMatter + "Las convulsiones son frecuentes en el SOM [@smith2020].\n");
        using var english = new SmallHandbook();
        english.Write("chapters/03-afirmaciones.md", FrontMatter + "Las convulsiones son frecuentes en el SOM [@smith2020].\n");

        var error = Build.Sole(await Build.Run(spanish.Input, spanish.Output), DiagnosticCodes.KnownWrongClaim);
        var englishResult = await Build.Run(english.Input, english.Output);

        Assert.Equal((FrontMatterLines + 1, 5), (error.Location.Line, error.Location.Column));
        Assert.StartsWith("'convulsiones son frecuentes' repeats a claim the evidence contradicts: seizures are not a typical feature of OMS", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(englishResult.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.KnownWrongClaim);
    }

    [Fact]
    public async Task A_spanish_figure_without_a_citation_in_its_paragraph_is_a_warning_and_a_cited_one_is_not()
    {
        using var handbook = SmallHandbook.InSpanish();
        handbook.Write("chapters/03-cifras.md", FrontMatter + """
            Unos 6 de cada 10 niños tienen una recaída [@smith2020].

            - cerca del 58 % necesita algo más que la cirugía [@smith2020]

            Afecta a 0,18 casos nuevos por cada millón de personas al año.
            """);

        var result = await Build.Run(handbook.Input, handbook.Output);

        var warning = Build.Sole(result, DiagnosticCodes.UncitedFigure);
        Assert.Equal((FrontMatterLines + 5, 10), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("'0,18 casos nuevos por cada millón'", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Algunos niños toman 2 mg/día de este medicamento [@smith2020].", "2 mg/día")]
    [InlineData("La dosis era de 75 UI por kilo [@smith2020].", "75 UI")]
    public async Task A_spanish_dose_on_a_family_page_is_an_error(string sentence, string dose)
    {
        using var handbook = SmallHandbook.InSpanish();
        handbook.Write("chapters/03-dosis.md", FrontMatter + sentence + "\n");

        var error = Build.Sole(await Build.Run(handbook.Input, handbook.Output), DiagnosticCodes.DoseOnFamilyPage);

        Assert.Contains($"'{dose}'", error.Message, StringComparison.Ordinal);
    }
}
