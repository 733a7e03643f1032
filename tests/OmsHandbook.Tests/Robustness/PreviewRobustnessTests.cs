using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Robustness;

/// <summary>The preview under odd input and odd requests: a diagnostic or a Netlify-like answer, never a stack trace or an empty 500.</summary>
public sealed class PreviewRobustnessTests
{
    [Fact]
    public async Task Serve_pointed_at_a_missing_folder_prints_one_diagnostic_and_exits_as_build_does()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "missing") + "/";

        var (buildCode, _, buildErrors) = await Build.Cli("build", "--input", missing, "--output", Path.Combine(folder.Path, "output"), "--today", Build.TodayArgument);
        var (serveCode, serveOut, serveErrors) = await Build.Cli("serve", "--input", missing, "--port", "0", "--today", Build.TodayArgument);

        Assert.Equal(buildCode, serveCode);
        Assert.Equal(1, serveCode);
        Assert.Equal("", serveOut);
        var line = Assert.Single(serveErrors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"missing/\(1,1\): error OMS0001: ", line);
        Assert.Equal(buildErrors.Trim(), line.Trim());
    }
}
