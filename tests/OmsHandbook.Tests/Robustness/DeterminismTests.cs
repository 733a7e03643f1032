using System.Diagnostics;
using OmsHandbook.Core;
using OmsHandbook.Pipeline;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Robustness;

/// <summary>
/// Same input, same bytes out, whatever the machine's culture, time zone or file listing order. For
/// culture and zone the generator runs as a separate process, so they are really the process's own.
/// </summary>
[Trait("Tier", "Slow")]
public sealed class DeterminismTests
{
    private static async Task<(int ExitCode, string Output)> RunGenerator(string input, string output, string language, string timeZone)
    {
        var generator = Path.Combine(AppContext.BaseDirectory, "OmsHandbook.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { generator, "build", "--input", input, "--output", output, "--today", Build.TodayArgument })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LANG"] = language;
        start.Environment["LC_ALL"] = language;
        start.Environment["TZ"] = timeZone;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [Theory]
    [InlineData("tr_TR.UTF-8", "Pacific/Kiritimati")]
    [InlineData("de_DE.UTF-8", "America/St_Johns")]
    public async Task Another_culture_and_time_zone_give_byte_identical_output(string language, string timeZone)
    {
        using var handbook = new SmallHandbook();
        using var other = new TempFolder();
        // Turkish dotted and dotless i, and German number formatting, are the usual culprits.
        handbook.Write("chapters/03-istanbul.md", "---\ntitle: Ișık IVIG İndex\ndescription: Dates 2026-11-01 and 1.5 years.\norder: 3\nlast_reviewed: 2026-03-01\n---\n## Içerik INFO\n\nOpsoclonus, IVIG and 1,234.5 [@smith2020].\n");
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);

        var (code, printed) = await RunGenerator(handbook.Input, other.Path, language, timeZone);

        Assert.True(code == 0, printed);
        Assert.Equal(SiteSnapshot.Of(handbook.Output), SiteSnapshot.Of(other.Path));
    }

    [Fact]
    public async Task Input_files_listed_in_reverse_order_give_byte_identical_output()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        var options = new BuildOptions(RepoPaths.Input, first.Path, RealHandbookDay.Today, AllowOverdue: true);

        var forward = await new SiteBuilder().BuildAsync(options);
        var reversed = await new SiteBuilder().BuildAsync(options with { OutputDirectory = second.Path, ListFilesInReverse = true });

        Assert.True(forward.Succeeded && reversed.Succeeded, string.Join('\n', Build.Errors(forward).Concat(Build.Errors(reversed))));
        Assert.True(forward.Pages > 20);
        Assert.Equal(SiteSnapshot.Of(first.Path), SiteSnapshot.Of(second.Path));
        Assert.Equal(Build.Errors(forward), Build.Errors(reversed));
    }

    [Fact]
    public async Task Input_files_listed_in_reverse_order_give_the_same_diagnostics()
    {
        // Two chapters with the same number and address: which one the message names must not depend on the listing.
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/03-causes.md", "---\ntitle: Causes\ndescription: Why.\nlast_reviewed: 2026-11-01\n---\nText.\n");
        handbook.Write("chapters/3-causes.md", "---\ntitle: More causes\ndescription: Why.\nlast_reviewed: 2026-11-01\n---\nText.\n");
        var options = new BuildOptions(handbook.Input, handbook.Output, Build.Today);

        var forward = await new SiteBuilder().BuildAsync(options);
        var reversed = await new SiteBuilder().BuildAsync(options with { ListFilesInReverse = true });

        Assert.Equal(1, forward.Diagnostics.Sorted().Count(d => d.Code == DiagnosticCodes.DuplicateSlug));
        Assert.Equal(Build.Errors(forward), Build.Errors(reversed));
    }
}
