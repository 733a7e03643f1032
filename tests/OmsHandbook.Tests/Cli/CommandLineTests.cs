using System.Text.RegularExpressions;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Cli;

/// <summary>The command line as a maintainer uses it: exit codes, one-line diagnostics, the summary.</summary>
[Trait("Tier", "Site")]
public sealed partial class CommandLineTests
{
    [GeneratedRegex(@"^(?<file>[^()]+)\((?<line>\d+),(?<column>\d+)\): error (?<code>OMS\d{4}): .+$")]
    private static partial Regex MsBuildLine();

    private static async Task<(int ExitCode, string Stdout, string Stderr)> BuildBroken(Action<SmallHandbook> breakIt)
    {
        using var handbook = new SmallHandbook();
        breakIt(handbook);
        return await Build.Cli("build", "--input", handbook.Input, "--output", handbook.Output, "--today", Build.TodayArgument);
    }

    [Fact]
    public async Task A_good_build_exits_zero_with_a_summary_line_and_what_its_offline_copy_keeps()
    {
        using var handbook = new SmallHandbook();
        var (code, stdout, stderr) = await Build.Cli("--input", handbook.Input, "--output", handbook.Output, "--today", Build.TodayArgument);
        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Matches(@"^Build succeeded: 8 pages, 2 glossary terms, 2 FAQ entries, 0 warnings, 0 errors in \d+\.\d\d s\nOffline copy: 0\.\d MB in 1\d files \(en-GB\)\n$", stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_broken_link_is_one_line_with_file_line_and_column_and_exit_one()
    {
        var (code, stdout, stderr) = await BuildBroken(h => h.Write("index.md", "---\ntitle: Home\ndescription: Home.\n---\nIntro.\n\nRead [this](01-symptom.md).\n"));
        Assert.Equal(1, code);
        var match = MsBuildLine().Match(stderr.Trim());
        Assert.True(match.Success, stderr);
        Assert.EndsWith("index.md", match.Groups["file"].Value);
        Assert.Equal(("7", "6", "OMS0301"), (match.Groups["line"].Value, match.Groups["column"].Value, match.Groups["code"].Value));
        Assert.StartsWith("Build failed, output unchanged:", stdout);
    }

    [Fact]
    public async Task A_broken_fragment_is_one_line_with_file_line_and_column_and_exit_one()
    {
        var (code, _, stderr) = await BuildBroken(h => h.Write("index.md", "---\ntitle: Home\ndescription: Home.\n---\nRead [this](01-symptoms.md#eye-movement).\n"));
        Assert.Equal(1, code);
        var match = MsBuildLine().Match(stderr.Trim());
        Assert.True(match.Success, stderr);
        Assert.Equal(("5", "6", "OMS0302"), (match.Groups["line"].Value, match.Groups["column"].Value, match.Groups["code"].Value));
        Assert.Contains("did you mean '#eye-movements'?", stderr);
    }

    [Fact]
    public async Task Malformed_yaml_is_one_line_with_file_line_and_column_and_exit_one()
    {
        var (code, _, stderr) = await BuildBroken(h => h.Write("glossary.yml", "- term: Opsoclonus\n  definition: Eyes.\n- term: Myoclonus\n   definition: bad indent\n"));
        Assert.Equal(1, code);
        var match = MsBuildLine().Match(stderr.Trim());
        Assert.True(match.Success, stderr);
        Assert.EndsWith("glossary.yml", match.Groups["file"].Value);
        Assert.Equal("OMS0101", match.Groups["code"].Value);
        Assert.Equal("4", match.Groups["line"].Value);
    }

    [Fact]
    public async Task GitHub_format_prints_annotations_on_the_right_file_and_line()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("index.md", "---\ntitle: Home\ndescription: Home.\n---\nSee [@nobody].\n");
        var (code, _, stderr) = await Build.Cli("--input", handbook.Input, "--output", handbook.Output, "--format", "github", "--today", Build.TodayArgument);
        Assert.Equal(1, code);
        Assert.Matches(@"^::error file=[^,]*index\.md,line=5,col=5,title=OMS0303::unknown citation key '@nobody'", stderr);
    }

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("--format", "xml")]
    [InlineData("--base-url", "not a url")]
    [InlineData("--today", "2026-02-30")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("serve", "--today", "tomorrow")]
    [InlineData("new", "chapter", "Schools", "--today", "2026-02-30")]
    [InlineData("new", "recipe", "Soup")]
    public async Task Bad_usage_exits_two(params string[] args)
    {
        var (code, _, stderr) = await Build.Cli(args);
        Assert.Equal(2, code);
        Assert.NotEqual("", stderr);
    }

    [Fact]
    public async Task A_missing_input_folder_is_a_diagnostic_not_a_stack_trace()
    {
        using var folder = new TempFolder();
        var (code, _, stderr) = await Build.Cli("--input", folder.File("nowhere"), "--output", folder.File("out"));
        Assert.Equal(1, code);
        Assert.Contains("error OMS0001: the input folder does not exist", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task A_page_past_its_review_date_fails_the_build_unless_overdue_pages_are_allowed()
    {
        using var handbook = new SmallHandbook();
        var (failed, _, stderr) = await Build.Cli("--input", handbook.Input, "--output", handbook.Output, "--today", "2027-04-02");
        Assert.Equal(1, failed);
        Assert.Matches(@"02-treatment\.md\(6,14\): error OMS0210: this page's review was due on 2027-04-01", stderr);
        Assert.False(Directory.Exists(handbook.Output));

        var (allowed, stdout, warnings) = await Build.Cli("--input", handbook.Input, "--output", handbook.Output, "--today", "2027-04-02", "--allow-overdue");
        Assert.Equal(0, allowed);
        Assert.Contains("warning OMS0210", warnings);
        Assert.Contains("Build succeeded", stdout);
    }
}
