using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Cli;

/// <summary>`check` runs every check of a build and never writes the site.</summary>
[Trait("Tier", "Site")]
public sealed class CheckCommandTests
{
    [Fact]
    public async Task A_clean_handbook_passes_without_writing_anything()
    {
        using var handbook = new SmallHandbook();
        var (code, stdout, stderr) = await Build.Cli("check", "--input", handbook.Input, "--output", handbook.Output, "--today", Build.TodayArgument);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.StartsWith("Check passed: 8 pages", stdout);
        Assert.False(Directory.Exists(handbook.Output));
    }

    [Fact]
    public async Task A_broken_fixture_gets_a_github_annotation_on_the_right_file_and_line_and_the_output_is_untouched()
    {
        using var handbook = new SmallHandbook();
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);
        var before = SiteSnapshot.Of(handbook.Output);
        handbook.Write("chapters/02-treatment.md", "---\ntitle: Treatment\ndescription: How.\nlast_reviewed: 2026-10-01\n---\nIntro.\n\n## Medicines\n\nSee [@smith2021].\n");

        var (code, _, stderr) = await Build.Cli("check", "--input", handbook.Input, "--output", handbook.Output, "--format", "github", "--today", Build.TodayArgument);

        Assert.Equal(1, code);
        Assert.Matches(@"^::error file=[^,]*chapters/02-treatment\.md,line=10,col=5,title=OMS0303::unknown citation key '@smith2021'; did you mean '@smith2020'\?", stderr);
        Assert.Equal(before, SiteSnapshot.Of(handbook.Output));
    }

    [Fact]
    public async Task Strict_makes_warnings_fail_the_check()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("index.md", "---\ntitle: Test Handbook\ndescription: Home.\nauthor: Someone\n---\nWelcome.\n");
        var arguments = new[] { "check", "--input", handbook.Input, "--output", handbook.Output, "--today", Build.TodayArgument };

        var (lenient, _, warnings) = await Build.Cli(arguments);
        var (strict, stdout, _) = await Build.Cli([.. arguments, "--strict"]);

        Assert.Equal(0, lenient);
        Assert.Contains("warning OMS0106: unknown field 'author'", warnings);
        Assert.Equal(1, strict);
        Assert.StartsWith("Check failed:", stdout);
    }
}
