using System.Diagnostics;
using OmsHandbook.Core;
using OmsHandbook.Pipeline;
using OmsHandbook.Tests.Robustness.Fuzzing;
using OmsHandbook.Tests.Support;
using Xunit.Abstractions;

namespace OmsHandbook.Tests.Robustness;

/// <summary>
/// Seeded fuzzing of the real handbook: each build gets the real input/ with a batch of random
/// mutations. Whatever arrives, the generator must answer with success or with diagnostics, never an
/// exception, never a hang. A failure names the seed, the build and every mutation, so it replays.
/// </summary>
[Trait("Tier", "Slow")]
public sealed class FuzzTests(ITestOutputHelper output)
{
    /// <summary>The seed CI runs; OMS_FUZZ_SEED runs another, to explore further by hand.</summary>
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("OMS_FUZZ_SEED"), out var seed) ? seed : 20261121;

    private const int Builds = 500;

    /// <summary>
    /// Four mutations per build keep 2,000 of them within about a minute, while about one build in four
    /// still gets through every stage; each build starts again from the real input.
    /// </summary>
    private const int MutationsPerBuild = 4;

    /// <summary>A hang detector, far above the second or so a check of the real handbook takes.</summary>
    private static readonly TimeSpan BuildLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Two_thousand_random_mutations_of_the_real_input_each_get_success_or_diagnostics()
    {
        var original = Directory.EnumerateFiles(RepoPaths.Input, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(RepoPaths.Input, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        var mutator = new InputMutator(Seed);
        var failures = new List<string>();
        var (succeeded, failed, slowest) = (0, 0, TimeSpan.Zero);
        var clock = Stopwatch.StartNew();

        for (var build = 1; build <= Builds; build++)
        {
            var files = new Dictionary<string, byte[]>(original, StringComparer.Ordinal);
            var mutations = Enumerable.Range(0, MutationsPerBuild).Select(_ => mutator.MutateOne(files)).ToList();
            using var input = new TempFolder();
            foreach (var (name, bytes) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(input.File(name))!);
                File.WriteAllBytes(input.File(name), bytes);
            }

            var replay = $"seed {Seed}, build {build}:\n  " + string.Join("\n  ", mutations);
            var started = clock.Elapsed;
            var outcome = await Run(input.Path);
            var took = clock.Elapsed - started;
            slowest = took > slowest ? took : slowest;
            switch (outcome)
            {
                case { Result: { } crashed } when crashed.Diagnostics.Sorted().FirstOrDefault(d => d.Code == DiagnosticCodes.InternalError) is { } fault:
                    // The build turns its own faults into one line for the maintainer; here each is a bug to fix.
                    failures.Add($"{replay}\n{fault.Message}");
                    break;
                case { Result.Succeeded: true }:
                    succeeded++;
                    break;
                case { Result: { } result } when result.Diagnostics.ErrorCount > 0:
                    failed++;
                    break;
                case { Result: { } }:
                    failures.Add($"{replay}\nthe build failed without reporting an error");
                    break;
                case { Problem: { } problem }:
                    failures.Add($"{replay}\n{problem}");
                    break;
            }
        }

        output.WriteLine($"{Builds} builds, {Builds * MutationsPerBuild} mutations in {clock.Elapsed.TotalSeconds:0.0} s: {succeeded} built, {failed} reported errors, slowest build {slowest.TotalSeconds:0.00} s");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(succeeded + failed == Builds);
        Assert.True(failed > Builds / 4, "most mutations should break something; if few do, the mutator has stopped biting");
    }

    private static async Task<(BuildResult? Result, string? Problem)> Run(string input)
    {
        using var limit = new CancellationTokenSource(BuildLimit);
        var options = new BuildOptions(input, Path.Combine(input, "..", "never-written"), RealHandbookDay.Today, AllowOverdue: true) { WriteOutput = false };
        var build = Task.Run(() => new SiteBuilder().BuildAsync(options, limit.Token));
        try
        {
            // WaitAsync as well as the token: a loop that never looks at the token must still fail the test, not hang it.
            return (await build.WaitAsync(BuildLimit + TimeSpan.FromSeconds(5)), null);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            return (null, $"the build took longer than {BuildLimit.TotalSeconds} s");
        }
        catch (Exception ex)
        {
            return (null, "the build threw " + ex);
        }
    }
}
