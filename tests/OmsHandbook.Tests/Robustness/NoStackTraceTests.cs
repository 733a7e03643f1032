using OmsHandbook.Cli;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Robustness;

/// <summary>A fault inside the generator reaches the maintainer as one line saying what the build was doing, never as a stack trace.</summary>
[Trait("Tier", "Site")]
public sealed class NoStackTraceTests
{
    [Fact]
    public async Task A_fault_in_any_stage_is_one_line_naming_that_stage_and_the_previous_site_stays()
    {
        using var handbook = new SmallHandbook();
        var stages = new List<string>();
        var first = await Run(handbook, stage => stages.Add(stage));
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("rendering the Markdown", stages);
        var before = File.ReadAllBytes(Path.Combine(handbook.Output, "symptoms", "index.html"));
        handbook.Write("chapters/01-symptoms.md", File.ReadAllText(handbook.PathOf("chapters/01-symptoms.md")).Replace("dancing eyes", "eyes that dance", StringComparison.Ordinal));

        foreach (var failing in stages)
        {
            var (code, stdout, stderr) = await Run(handbook, stage =>
            {
                if (stage == failing)
                {
                    throw new InvalidOperationException("a fault planted by the test");
                }
            });

            Assert.Equal(1, code);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains($"error OMS0004: the build stopped while {failing}: InvalidOperationException: a fault planted by the test;", line);
            Assert.StartsWith("Build failed, output unchanged:", stdout);
            Assert.Equal(before, File.ReadAllBytes(Path.Combine(handbook.Output, "symptoms", "index.html")));
        }
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> Run(SmallHandbook handbook, Action<string> beforeStage)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(["build", "--input", handbook.Input, "--output", handbook.Output, "--today", Build.TodayArgument], stdout, stderr, beforeStage);
        return (code, stdout.ToString(), stderr.ToString().ReplaceLineEndings("\n"));
    }
}
