using System.Collections.Concurrent;
using OmsHandbook.Serve;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Serve;

/// <summary>A watched folder that is deleted, made again, or not there yet is watched once it exists.</summary>
[Trait("Tier", "Unit")]
public sealed class FolderWatchTests
{
    [Fact]
    public async Task A_folder_deleted_and_made_again_is_reported_and_watched_again()
    {
        using var root = new TempFolder();
        var folder = root.File("input");
        Directory.CreateDirectory(folder);
        var seen = new ConcurrentQueue<string>();
        using var watch = new FolderWatch(folder, "*", recursive: true, seen.Enqueue);
        Assert.True(watch.Armed);

        Directory.Delete(folder);
        await UntilAsync(() => !watch.Armed && seen.Contains(folder));

        Directory.CreateDirectory(Path.Combine(folder, "chapters"));
        await UntilAsync(() => watch.Armed);
        seen.Clear();
        File.WriteAllText(Path.Combine(folder, "chapters", "01-a.md"), "saved");
        await UntilAsync(() => seen.Contains(Path.Combine(folder, "chapters", "01-a.md")));
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_yet_is_watched_once_it_and_its_parents_are_made()
    {
        using var root = new TempFolder();
        var folder = root.File(Path.Combine("a", "b", "input"));
        var seen = new ConcurrentQueue<string>();
        using var watch = new FolderWatch(folder, "*", recursive: true, seen.Enqueue);
        Assert.False(watch.Armed);

        Directory.CreateDirectory(folder);
        await UntilAsync(() => watch.Armed && seen.Contains(folder));
        File.WriteAllText(Path.Combine(folder, "site.yml"), "title: x");
        await UntilAsync(() => seen.Contains(Path.Combine(folder, "site.yml")));
    }

    private static async Task UntilAsync(Func<bool> condition, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(condition))] string what = "")
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < EventStream.Patience, "the watch never saw it: " + what);
            await Task.Delay(10);
        }
    }
}
