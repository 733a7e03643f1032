using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OmsHandbook.Core;

namespace OmsHandbook.Site;

/// <summary>What one edition's offline copy may keep: its pages and search files, and what it keeps at least when it cannot keep them all.</summary>
/// <param name="Root">The edition's folder: "/" or "/es/".</param>
/// <param name="Files">Every page's address, and the media pages show.</param>
/// <param name="SearchFiles">Every file of its search index, by address.</param>
/// <param name="Essentials">Kept even by the copy of a large handbook: the home page, the chapter list, the urgent-help page, 404, the index's first file and the edition's scripts.</param>
public sealed record OfflineEdition(string Root, string Language, IReadOnlyList<string> Files, IReadOnlyList<string> SearchFiles, IReadOnlyList<string> Essentials);

/// <summary>A file as written: a hash of its bytes and its size, all the offline copy needs to know of it.</summary>
public sealed record WrittenFile(string Hash, long Size)
{
    public static WrittenFile Of(byte[] bytes) => new(ContentHash.Of(bytes), bytes.Length);
}

/// <summary>What the offline copy may keep, from the assembled site; the worker is written once every file's bytes are known.</summary>
/// <param name="Shared">The stylesheet and the site script, by address.</param>
/// <param name="LimitBytes">Past this size an edition's copy keeps only its essentials up front.</param>
public sealed record OfflinePlan(IReadOnlyList<OfflineEdition> Editions, IReadOnlyList<string> Shared, string WorkerScriptHref, long LimitBytes);

/// <summary>What the build tells about an edition's offline copy: its size and whether it keeps every page.</summary>
public sealed record OfflineReport(string Root, string Language, long Bytes, int Files, bool KeepsAll);

/// <summary>
/// /sw.js: the service worker's settings for this build (its version, and the files each edition
/// keeps offline), then the worker itself from the theme's fingerprinted offline-worker.js. The same
/// input makes the same bytes; any change to a file the copy keeps makes a new version, and readers'
/// browsers see it on their next visit.
/// </summary>
public static class OfflineCopy
{
    public const string WorkerPath = "sw.js";

    /// <param name="written">Every file of the site by address, with a hash of its bytes and its size: what the copy's version and sizes are made from.</param>
    public static (OutputFile Worker, IReadOnlyList<OfflineReport> Reports) Write(OfflinePlan plan, IReadOnlyDictionary<string, WrittenFile> written)
    {
        var (editions, shared, workerScriptHref, limitBytes) = plan;
        long SizeOf(IEnumerable<string> addresses) => addresses.Sum(a => written.TryGetValue(a, out var file) ? file.Size : 0);
        var reports = new List<OfflineReport>();
        var kept = new List<(OfflineEdition Edition, IReadOnlyList<string> Files, bool KeepsAll)>();
        foreach (var edition in editions)
        {
            var all = edition.Files.Concat(edition.SearchFiles).Concat(edition.Essentials).Distinct(StringComparer.Ordinal).ToList();
            var keepsAll = SizeOf(all.Concat(shared)) <= limitBytes;
            var list = keepsAll ? all : edition.Essentials.Distinct(StringComparer.Ordinal).ToList();
            kept.Add((edition, list, keepsAll));
            reports.Add(new OfflineReport(edition.Root, edition.Language, SizeOf(list.Concat(shared)), list.Count + shared.Count, keepsAll));
        }

        // The version covers every byte the copies keep, so a changed chapter is a new copy.
        var version = ContentHash.Of(kept.SelectMany(k => k.Files).Concat(shared).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(a => a + "\t" + (written.TryGetValue(a, out var file) ? file.Hash : "")).Prepend(workerScriptHref).ToArray())[..16].ToLowerInvariant();
        var settings = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(settings))
        {
            w.WriteStartObject();
            w.WriteString("version", version);
            w.WriteStartArray("shared");
            shared.ToList().ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteStartObject("editions");
            foreach (var (edition, list, keepsAll) in kept)
            {
                w.WriteStartObject(edition.Root);
                w.WriteBoolean("keepsAll", keepsAll);
                w.WriteStartArray("files");
                foreach (var file in list)
                {
                    w.WriteStringValue(file);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        var script = new StringBuilder()
            .Append("// Written by the generator (src/OmsHandbook/Site/OfflineCopy.cs): this build's offline copy.\n")
            .Append("self.OFFLINE = ").Append(Encoding.UTF8.GetString(settings.WrittenSpan)).Append(";\n")
            .Append("importScripts(\"").Append(workerScriptHref).Append("\");\n");
        return (OutputFile.Text(WorkerPath, script.ToString()), reports);
    }

    /// <summary>A size as the build's summary says it: "2.4 MB".</summary>
    public static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
