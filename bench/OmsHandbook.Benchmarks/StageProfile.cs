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
/// The stages are timed as <see cref="SiteBuilder"/> runs them (its <see cref="BuildOptions.BeforeStage"/> seam).
/// With --rebuild, a preview's rebuild instead: one build fills a <see cref="BuildMemo"/>, one
/// chapter is edited (in a copy of the input), and the build after the edit is the one timed. With
/// --first-look, the preview's first look after that edit: only the saved chapter's page, which the
/// preview shows before the whole rebuild.
/// </summary>
public static class StageProfile
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args is not ["--input", var input, ..])
        {
            await output.WriteLineAsync("usage: stages --input DIR [--output DIR] [--rebuild | --first-look]   (judges review dates as of 2026-06-01)");
            return 2;
        }

        var outputFolder = args is [_, _, "--output", var o, ..] ? o : Path.Combine(Path.GetTempPath(), "oms-stages-output");
        var firstLook = args.Contains("--first-look");
        var rebuild = firstLook || args.Contains("--rebuild");
        var memo = rebuild ? new BuildMemo() : null;
        var scope = BuildScope.WholeSite;
        if (rebuild)
        {
            (input, var edited) = await PrepareRebuildAsync(input, memo!, output);
            if (firstLook)
            {
                scope = BuildScope.Saved(new HashSet<string>([edited], StringComparer.Ordinal));
            }
        }

        var rows = new List<string>();
        var clock = Stopwatch.StartNew();
        (string Name, TimeSpan Started, long Allocated)? stage = null;
        void EndStage()
        {
            if (stage is not { } s)
            {
                return;
            }

            var time = clock.Elapsed - s.Started;
            var allocatedBytes = GC.GetTotalAllocatedBytes() - s.Allocated;
            clock.Stop();
            var live = GC.GetTotalMemory(forceFullCollection: true); // what the build still holds; not timed
            clock.Start();
            rows.Add(Row(s.Name, time, allocatedBytes, live));
        }

        var options = new BuildOptions(input, outputFolder, new DateOnly(2026, 6, 1))
        {
            WriteOutput = !rebuild,
            BeforeStage = name =>
            {
                EndStage();
                stage = (name, clock.Elapsed, GC.GetTotalAllocatedBytes());
            },
        };
        var result = await new SiteBuilder(memo).BuildAsync(options, scope);
        EndStage();
        var whole = clock.Elapsed;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var gcPause = GC.GetTotalPauseDuration();
        var collections = $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";
        if (!result.Succeeded)
        {
            foreach (var diagnostic in result.Diagnostics.Sorted().Take(20))
            {
                await output.WriteLineAsync(diagnostic.ToMsBuildFormat());
            }

            return 1;
        }

        var files = rebuild ? result.Files : WrittenFiles(outputFolder);
        Task<T> Run<T>(string name, Func<T> action)
        {
            stage = (name, clock.Elapsed, GC.GetTotalAllocatedBytes());
            var value = action();
            EndStage();
            return Task.FromResult(value);
        }

        // The parts again, each stage run alone on the products of the stages before it.
        var context = new BuildContext(options with { BeforeStage = null, WriteOutput = false }, new DiagnosticBag());
        var markdown = new HandbookMarkdown(LayoutIds.IsReserved, Href.Encode);
        var content = new ValidateStage().Run(new LoadStage().Run(null, context)!, context);
        var rendered = new RenderPhase(markdown).Run(new OutlineStage(markdown).Run(content, context), context).Rendered;
        var site = new AssembleStage(ThemeAssets.All()).Run([new RenderedSite(content, rendered)], context);
        rows.Add("| *parts, timed again on their own:* | | | |");
        await Run("Assemble: print edition", () =>
            PrintEdition.Build(content.Site, SiteChromeBuilder.Build(content.Site, content.Chapters, "/assets/site.css", "/assets/site.js", new SearchBoxView("/assets/search.js", "/assets/search-index.json", EditionPaths.Main.Search)), new Lazy<string>(""), rendered));
        await Run("Assemble: search index", () => SearchIndexWriter.Write(SearchCorpusBuilder.Build(content, rendered), SearchIndexOptions.Default));
        await using (var theme = new ThemeRenderer())
        {
            await Run("Layout: every page on one core", () =>
            {
                foreach (var page in site.Pages)
                {
                    theme.RenderAsync(page.MakeView()).GetAwaiter().GetResult();
                }

                return 0;
            });
        }
        await Run("Check: every page", () =>
        {
            SiteChecker.Check(files, new Dictionary<string, string>(StringComparer.Ordinal), "output", new DiagnosticBag(), new Memo<PageScan>());
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

    /// <summary>Every file a build wrote into the folder, to check again on its own.</summary>
    private static IReadOnlyList<OutputFile> WrittenFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => new OutputFile(Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .ToList();

    /// <summary>Copies the input, builds it once into the memo, and edits the text of its second chapter.</summary>
    /// <returns>The copy, and the full path of the chapter edited.</returns>
    private static async Task<(string Copy, string Edited)> PrepareRebuildAsync(string input, BuildMemo memo, TextWriter output)
    {
        var copy = Path.Combine(Path.GetTempPath(), "oms-stages-rebuild-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var first = await new SiteBuilder(memo).BuildAsync(new BuildOptions(copy, copy + "-output", new DateOnly(2026, 6, 1)) { WriteOutput = false });
        var chapter = Directory.EnumerateFiles(Path.Combine(copy, "chapters"), "*.md").Order(StringComparer.Ordinal).Skip(1).First();
        await File.AppendAllTextAsync(chapter, "\nA sentence added to time a rebuild.\n");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"First build {first.Elapsed.TotalSeconds:0.00} s; timing the rebuild after editing {Path.GetFileName(chapter)}."));
        return (copy, Path.GetFullPath(chapter));
    }

    private static string Row(string name, TimeSpan time, long allocated, long live) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {time.TotalSeconds:0.000} | {allocated / 1048576.0:0} | {live / 1048576.0:0} |");
}
