using System.Diagnostics;
using OmsHandbook.Pipeline;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Robustness;

/// <summary>A build stopped at any moment leaves either the old site or the new one, and nothing else.</summary>
[Trait("Tier", "Slow")]
public sealed class CancellationTests
{
    [Fact]
    public async Task A_cancelled_build_leaves_the_old_site_or_the_new_one_and_no_temporary_folders()
    {
        using var handbook = new SmallHandbook();
        var (oldSite, newSite) = await OldAndNewSites(handbook);
        var outcomes = new HashSet<string>();

        // Cancel at a spread of moments, from before the build starts to after it ends; on a busy
        // machine the build may outlast the spread, so the moments then double until one is after it.
        foreach (var delay in MomentsToCancelAt())
        {
            using var cancellation = new CancellationTokenSource(delay);
            try
            {
                await new SiteBuilder().BuildAsync(new BuildOptions(handbook.Input, handbook.Output, Build.Today), cancellation.Token);
            }
            catch (OperationCanceledException)
            {
            }

            var now = SiteSnapshot.Of(handbook.Output);
            Assert.True(Same(now, oldSite) || Same(now, newSite), $"after cancelling at {delay.TotalMilliseconds} ms the output is neither the old site nor the new one");
            outcomes.Add(Same(now, oldSite) ? "old" : "new");
            Assert.Equal(2, Directory.EnumerateDirectories(Path.GetDirectoryName(handbook.Output)!).Count());
            if (outcomes.Contains("new"))
            {
                break;
            }
        }

        Assert.Contains("new", outcomes);
    }

    [Fact]
    public async Task Ctrl_c_during_a_command_line_build_leaves_the_old_site_or_the_new_one_and_no_temporary_folders()
    {
        using var handbook = new SmallHandbook();
        var (oldSite, newSite) = await OldAndNewSites(handbook);

        // SIGINT (what Ctrl+C sends) at moments spread over the process's start-up and its build.
        foreach (var delay in new[] { 100, 300, 500, 700, 900, 1200 })
        {
            var (code, printed) = await InterruptedBuild(handbook, TimeSpan.FromMilliseconds(delay));

            var now = SiteSnapshot.Of(handbook.Output);
            Assert.True(Same(now, oldSite) || Same(now, newSite), $"after Ctrl+C at {delay} ms (exit {code}) the output is neither the old site nor the new one:\n{printed}");
            Assert.Equal(["input", "output"], Directory.EnumerateDirectories(Path.GetDirectoryName(handbook.Output)!).Select(d => Path.GetFileName(d)).Order().ToArray());
            Assert.DoesNotContain("Unhandled exception", printed, StringComparison.Ordinal);
        }
    }

    /// <summary>Every 15 ms from 0 to 300 ms, then doubling up to a minute.</summary>
    private static IEnumerable<TimeSpan> MomentsToCancelAt()
    {
        for (var ms = 0; ms <= 300; ms += 15)
        {
            yield return TimeSpan.FromMilliseconds(ms);
        }

        for (var ms = 600; ms <= 60_000; ms *= 2)
        {
            yield return TimeSpan.FromMilliseconds(ms);
        }
    }

    /// <summary>Builds the handbook into its output folder, adds a chapter, and says what the site was and what it should become.</summary>
    private static async Task<(Dictionary<string, string> Old, Dictionary<string, string> New)> OldAndNewSites(SmallHandbook handbook)
    {
        Assert.True((await Build.Run(handbook.Input, handbook.Output)).Succeeded);
        var oldSite = SiteSnapshot.Of(handbook.Output);
        handbook.Write("chapters/03-causes.md", "---\ntitle: Causes\ndescription: Why OMS happens.\nlast_reviewed: 2026-01-01\n---\nThe immune system [@jones2019].\n");
        using var reference = new TempFolder();
        Assert.True((await Build.Run(handbook.Input, reference.Path)).Succeeded);
        return (oldSite, SiteSnapshot.Of(reference.Path));
    }

    private static async Task<(int ExitCode, string Printed)> InterruptedBuild(SmallHandbook handbook, TimeSpan after)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "OmsHandbook.dll"), "build", "--input", handbook.Input, "--output", handbook.Output, "--today", Build.TodayArgument })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await Task.Delay(after);
        if (!process.HasExited)
        {
            using var signal = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await signal.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var hash) && hash == pair.Value);
}
