using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>site.yml's urgency_scale reaches every chapter's care cards, and a misspelt level in it is named.</summary>
[Trait("Tier", "Site")]
public sealed class UrgencyScaleBuildTests
{
    private const string Site = """
        title: Test Handbook
        description: A handbook for tests.
        base_url: https://example.org
        urgency_scale:
          emergency: [Call 999 or your local emergency number now]
          urgent:
            - Call your care team today
          non-urgnt: [Tell your team at the next appointment]
        """;

    [Fact]
    public async Task A_chapter_card_off_the_scale_fails_the_build_a_sentence_off_it_warns_and_so_does_a_misspelt_level()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("site.yml", Site);
        handbook.Write("chapters/03-help.md", "---\ntitle: Help\ndescription: When to get help.\nlast_reviewed: 2026-11-01\n---\n## Now\n\nIf it spreads, contact the team straight away.\n\n::: urgent Call your care team today if:\n- a fever\n:::\n\n::: urgent Call 999 or your local emergency number now if:\n- a fit\n:::\n");
        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.False(result.Succeeded);
        var error = Build.Sole(result, DiagnosticCodes.CareCardWording);
        Assert.EndsWith("03-help.md", error.Location.File, StringComparison.Ordinal);
        Assert.Equal((14, 1), (error.Location.Line, error.Location.Column));
        var sentence = Build.Sole(result, DiagnosticCodes.UrgencyOffScale);
        Assert.Equal((8, 16), (sentence.Location.Line, sentence.Location.Column));
        var unknown = Build.Sole(result, DiagnosticCodes.UnknownField);
        Assert.Equal(8, unknown.Location.Line);
        Assert.Contains("did you mean 'non-urgent'?", unknown.Message, StringComparison.Ordinal);
    }
}
