using OmsHandbook.ContentLint;
using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Prose;

[Trait("Tier", "Site")]
public sealed class ContentLintTests
{
    private const string FrontMatter = """
        ---
        title: Claims
        description: Claims to check.
        audience: families
        last_reviewed: 2026-11-01
        ---

        """;

    private static readonly int FrontMatterLines = FrontMatter.Split('\n').Length - 1;

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "OmsHandbook.Tests", "Prose", "Fixtures", name));

    [Fact]
    public async Task Every_known_wrong_claim_in_the_fixture_is_an_error_on_its_own_line()
    {
        var claims = Fixture("known-wrong-claims.md");
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/03-claims.md", FrontMatter + claims);

        var result = await Build.Run(handbook.Input, handbook.Output);

        var claimLines = claims.Split('\n')
            .Select((text, index) => (text, line: FrontMatterLines + index + 1))
            .Where(l => l.text.Trim().Length > 0)
            .Select(l => l.line)
            .ToList();
        var errorLines = result.Diagnostics.Sorted()
            .Where(d => d.Code == DiagnosticCodes.KnownWrongClaim && d.Location.File.EndsWith("03-claims.md", StringComparison.Ordinal))
            .Select(d => d.Location.Line)
            .ToList();
        Assert.Equal(claimLines, errorLines);
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(handbook.Output));
    }

    [Fact]
    public void Each_claim_in_the_list_is_exercised_by_the_fixture()
    {
        var claims = Fixture("known-wrong-claims.md");
        foreach (var claim in KnownWrongClaims.English)
        {
            Assert.True(claim.Pattern.IsMatch(claims), $"no fixture sentence for the claim: {claim.Why}");
        }
    }

    [Fact]
    public void A_claims_keywords_are_in_every_sentence_its_pattern_matches()
    {
        // The keywords decide whether the pattern runs at all: one missing would let that wording through.
        var sentences = Fixture("known-wrong-claims.md").Split('\n').Concat(Fixture("corrections.md").Split('\n')).Where(l => l.Trim().Length > 0);
        foreach (var claim in KnownWrongClaims.English)
        {
            foreach (var match in sentences.SelectMany(s => claim.Pattern.Matches(s)))
            {
                Assert.True(claim.MayBeIn(match.Value), $"'{match.Value}' matches but has none of the keywords {string.Join(", ", claim.Keywords)}");
            }
        }
    }

    [Fact]
    public async Task Corrections_questions_and_refutations_pass()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/03-facts.md", FrontMatter + Fixture("corrections.md"));

        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.True(result.Succeeded, string.Join('\n', Build.Errors(result)));
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.KnownWrongClaim);
    }

    [Fact]
    public async Task The_error_names_the_column_of_the_claim_and_says_what_to_write_instead()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/03-claims.md", FrontMatter + "Many people think so. But *seizures are common* in OMS [@smith2020].\n");

        var error = Build.Sole(await Build.Run(handbook.Input, handbook.Output), DiagnosticCodes.KnownWrongClaim);

        Assert.Equal((FrontMatterLines + 1, 28), (error.Location.Line, error.Location.Column));
        Assert.Contains("not a typical feature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_figure_without_a_citation_in_its_paragraph_is_a_warning_and_a_cited_one_is_not()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/03-figures.md", FrontMatter + """
            About 6 in 10 children relapse [@smith2020].

            - about 58% need more than surgery [@smith2020]

            In one study of 101 children [@smith2020]:

            - about 6 in 10 had problems with movement

            It affects 0.18 per million people a year.

            | Group | Improved |
            |---|---|
            | With IVIG | 81% [@smith2020] |
            """);

        var result = await Build.Run(handbook.Input, handbook.Output);

        var warning = Build.Sole(result, DiagnosticCodes.UncitedFigure);
        Assert.Equal((FrontMatterLines + 9, 12), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("'0.18 per million'", warning.Message, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task A_dose_on_a_family_page_is_an_error_but_a_clinician_page_may_cite_one()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/03-doses.md", FrontMatter + "Some children get 1 g/kg of it [@smith2020].\n");
        handbook.Write("chapters/04-dosing.md", FrontMatter.Replace("audience: families", "audience: clinicians", StringComparison.Ordinal)
            + "The published regimen is 20 mg/m² a day [@smith2020].\n");

        var result = await Build.Run(handbook.Input, handbook.Output);

        var error = Build.Sole(result, DiagnosticCodes.DoseOnFamilyPage);
        Assert.EndsWith("03-doses.md", error.Location.File, StringComparison.Ordinal);
        Assert.Contains("'1 g/kg'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faq_questions_and_answers_are_linted_too()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("faq.yml", """
            - question: Why are seizures common in OMS?
              answer: |
                Seizures are a common feature [@smith2020].
            """);

        var error = Build.Sole(await Build.Run(handbook.Input, handbook.Output), DiagnosticCodes.KnownWrongClaim);

        Assert.Equal(("faq.yml", 3, 5), (Path.GetFileName(error.Location.File), error.Location.Line, error.Location.Column));
    }
}
