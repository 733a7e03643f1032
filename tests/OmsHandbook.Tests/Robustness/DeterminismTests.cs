using System.Diagnostics;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Robustness;

/// <summary>
/// Same input, same bytes out, whatever the machine's culture or time zone: the generator runs as a
/// separate process so the culture and zone are really the process's own.
/// </summary>
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
}
