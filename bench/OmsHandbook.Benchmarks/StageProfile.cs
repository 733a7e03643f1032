using OmsHandbook.Core;
using OmsHandbook.Theme.Models;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using OmsHandbook.Checks;
using OmsHandbook.Markdown;
using OmsHandbook.Pipeline;
using OmsHandbook.Search;
using OmsHandbook.Site;
using OmsHandbook.Theme;

namespace OmsHandbook.Benchmarks;

/// <summary>
/// One whole build in this process, timed stage by stage with the memory each allocates: where a
/// large build spends its time. The big parts inside a stage (print edition, search index, layouts, checks) are
/// timed again on their own afterwards, on the same data, so the pipeline itself is not copied here.
/// With --rebuild, a preview's rebuild instead: one build fills a <see cref="BuildCache"/>, one
/// chapter is edited (in a copy of the input), and the build after the edit is the one timed.
/// </summary>
public static class StageProfile
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args is not ["--input", var input, ..])
        {
            await output.WriteLineAsync("usage: stages --input DIR [--output DIR] [--rebuild]   (judges review dates as of 2026-06-01)");
            return 2;
        }

        var outputFolder = args is [_, _, "--output", var o, ..] ? o : Path.Combine(Path.GetTempPath(), "oms-stages-output");
        var rebuild = args.Contains("--rebuild");
        var cache = rebuild ? new BuildCache() : null;
        if (rebuild)
        {
            input = await PrepareRebuildAsync(input, cache!, output);
        }

        var context = new BuildContext(new BuildOptions(input, outputFolder, new DateOnly(2026, 6, 1)) { WriteOutput = !rebuild }, new DiagnosticBag());
        var rows = new List<string>();
        var clock = Stopwatch.StartNew();

        async Task<T> Step<T>(string name, Func<Task<T>> action)
        {
            var started = clock.Elapsed;
            var allocated = GC.GetTotalAllocatedBytes();
            var result = await action();
            var time = clock.Elapsed - started;
            var allocatedBytes = GC.GetTotalAllocatedBytes() - allocated;
            clock.Stop();
            var live = GC.GetTotalMemory(forceFullCollection: true); // what the build still holds; not timed
            clock.Start();
            rows.Add(Row(name, time, allocatedBytes, live));
            return result;
        }

        Task<T> Run<T>(string name, Func<T> action) => Step(name, () => Task.FromResult(action()));

        var markdown = await Run("Markdig pipeline", () => new HandbookMarkdown(OmsHandbook.Theme.LayoutIds.IsReserved));
        var content = await Run("Load", () => new LoadStage(cache?.Loads).Run(context)) ?? throw new InvalidOperationException("the input did not load");
        await Run("Validate", () => { new ValidateStage().Run(content, context); return 0; });
        var rendered = await Run("Render", () => new RenderStage(markdown, cache?.Renders).Run(content, context));
        await Run("Read the FAQ's and glossary's prose (pages are read in Render)", () => new ProseStage().Run(content, rendered, context));
        var site = await Run("Assemble", () => new AssembleStage(ThemeAssets.All(), cache?.Search).Run(content, rendered));
        using var claimed = context.Options.WriteOutput ? OutputFolder.Claim(context.Options, context.Diagnostics) : null;
        var files = await Step("Write (layouts, checks, files)", () => new WriteStage(cache).Run(site, context, claimed));
        var whole = clock.Elapsed;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var gcPause = GC.GetTotalPauseDuration();
        var collections = $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";
        if (files is null)
        {
            foreach (var diagnostic in context.Diagnostics.Sorted().Take(20))
            {
                await output.WriteLineAsync(diagnostic.ToMsBuildFormat());
            }

            return 1;
        }

        rows.Add("| *parts, timed again on their own:* | | | |");
        await Run("Assemble: print edition", () =>
            PrintEdition.Build(content.Site, SiteChromeBuilder.Build(content.Site, content.Chapters, "/assets/site.css", "/assets/site.js", new SearchBoxView("/assets/search.js", "/assets/search-index.json", SitePaths.Search)), new Lazy<string>(""), rendered));
        await Run("Assemble: search index", () => SearchIndexWriter.Write(SearchCorpusBuilder.Build(content, rendered), SearchIndexOptions.Default));
        await Step("Write: layouts", async () =>
        {
            await using var theme = new ThemeRenderer();
            foreach (var page in site.Pages)
            {
                await theme.RenderAsync(page.MakeView());
            }

            return 0;
        });
        await Run("Write: checks", () =>
        {
            SiteChecker.Check(files, new Dictionary<string, string>(StringComparer.Ordinal), "output", new DiagnosticBag(), new CheckCache());
            return 0;
        });

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{content.Chapters.Count} chapters, {files.Count} files, {files.Sum(f => (long)f.Content.Length) / 1048576.0:0.0} MiB written; " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, {Environment.ProcessorCount} cores"));
        await output.WriteLineAsync();
        await output.WriteLineAsync("| Stage | Time (s) | Allocated (MiB) | Live after (MiB) |");
        await output.WriteLineAsync("|---|--:|--:|--:|");
        foreach (var row in rows)
        {
            await output.WriteLineAsync(row);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"\nWhole build in process: {whole.TotalSeconds:0.00} s; peak working set {peak / 1048576.0:0} MiB; " +
            $"GC pauses {gcPause.TotalSeconds:0.00} s; collections gen0/1/2 {collections}."));
        return 0;
    }

    /// <summary>Copies the input, builds it once into the cache, and edits the text of its second chapter.</summary>
    private static async Task<string> PrepareRebuildAsync(string input, BuildCache cache, TextWriter output)
    {
        var copy = Path.Combine(Path.GetTempPath(), "oms-stages-rebuild-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var first = await new SiteBuilder(cache).BuildAsync(new BuildOptions(copy, copy + "-output", new DateOnly(2026, 6, 1)) { WriteOutput = false });
        var chapter = Directory.EnumerateFiles(Path.Combine(copy, "chapters"), "*.md").Order(StringComparer.Ordinal).Skip(1).First();
        await File.AppendAllTextAsync(chapter, "\nA sentence added to time a rebuild.\n");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"First build {first.Elapsed.TotalSeconds:0.00} s; timing the rebuild after editing {Path.GetFileName(chapter)}."));
        return copy;
    }

    private static string Row(string name, TimeSpan time, long allocated, long live) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {time.TotalSeconds:0.000} | {allocated / 1048576.0:0} | {live / 1048576.0:0} |");
}
