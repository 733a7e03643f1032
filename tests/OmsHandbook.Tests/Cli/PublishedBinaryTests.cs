using System.Diagnostics;
using OmsHandbook.Bench.Corpus;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Cli;

/// <summary>
/// The generator as it ships: `dotnet publish -c Release -r linux-x64` compiles it ahead of time, and
/// trimming may drop what only reflection reaches (Razor reads components' parameters so). Whatever it
/// builds must be the bytes the tested JIT build writes.
/// </summary>
[Trait("Tier", "Slow")]
public sealed class PublishedBinaryTests
{
    [PublishedFact]
    public async Task The_published_generator_writes_the_same_bytes_as_the_tested_one()
    {
        using var work = new TempFolder();
        var binary = Publish(work.File("bin"));
        CorpusGenerator.WriteTo(work.File("corpus"), 70);

        foreach (var (input, today) in new[] { (RepoPaths.Input, RealHandbookDay.Today), (work.File("corpus"), new DateOnly(2026, 6, 1)) })
        {
            var published = work.File("published-" + Path.GetFileName(input));
            var tested = work.File("tested-" + Path.GetFileName(input));
            var (code, output) = Run(binary, "build", "--input", input, "--output", published, "--today", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(code == 0, output);
            Assert.True((await Build.Run(input, tested, today: today)).Succeeded);

            var files = Directory.GetFiles(tested, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(tested, f)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(files, Directory.GetFiles(published, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(published, f)).Order(StringComparer.Ordinal));
            Assert.True(files.Count > 40, $"{input}: only {files.Count} files");
            Assert.All(files, f => Assert.True(File.ReadAllBytes(Path.Combine(tested, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(published, f))), $"{f} differs"));
        }
    }

    private static string Publish(string folder)
    {
        var (code, output) = Run("dotnet", "publish", Path.Combine(RepoPaths.Root, "src", "OmsHandbook"), "-c", "Release", "-r", "linux-x64", "-o", folder, "--nologo");
        Assert.True(code == 0, output);
        return Path.Combine(folder, "OmsHandbook");
    }

    /// <remarks>Ten minutes: compiling the generator ahead of time takes one to two on two cores.</remarks>
    private static (int Code, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file);
        args.ToList().ForEach(start.ArgumentList.Add);
        return ScriptSandbox.Run(start, TimeSpan.FromMinutes(10));
    }
}
