using System.Text;
using OmsHandbook.Site;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Site;

/// <summary>/sw.js: what each edition's offline copy keeps, its size, and a version that moves with every byte it keeps.</summary>
[Trait("Tier", "Unit")]
public sealed class OfflineCopyTests
{
    private static readonly OfflineEdition English = new("/", "en-GB",
        ["/", "/symptoms/", "/treatment/", "/media/eyes.png"], ["/search/index.json", "/assets/search/t0.1.json"],
        ["/", "/urgent-help/", "/404.html", "/search/index.json", "/assets/search.1.js"]);

    private static readonly Dictionary<string, WrittenFile> Written = new(StringComparer.Ordinal)
    {
        ["/"] = new("a", 10_000), ["/symptoms/"] = new("b", 30_000), ["/treatment/"] = new("c", 30_000), ["/media/eyes.png"] = new("d", 5_000),
        ["/search/index.json"] = new("e", 20_000), ["/assets/search/t0.1.json"] = new("f", 4_000), ["/urgent-help/"] = new("g", 12_000),
        ["/404.html"] = new("h", 3_000), ["/assets/search.1.js"] = new("i", 40_000), ["/assets/site.1.css"] = new("j", 20_000), ["/assets/site.1.js"] = new("k", 3_000),
    };

    [Fact]
    public void A_copy_within_its_limit_keeps_every_page_search_file_and_medium_and_says_its_size()
    {
        var (worker, reports) = OfflineCopy.Write(Plan(limitBytes: 1_000_000), Written);

        var script = Encoding.UTF8.GetString(worker.Content);
        Assert.Equal("sw.js", worker.Path);
        Assert.Contains("\"/\":{\"keepsAll\":true,\"files\":[\"/\",\"/symptoms/\",\"/treatment/\",\"/media/eyes.png\",\"/search/index.json\",\"/assets/search/t0.1.json\",\"/urgent-help/\",\"/404.html\",\"/assets/search.1.js\"]}", script, StringComparison.Ordinal);
        Assert.EndsWith("importScripts(\"/assets/offline-worker.1.js\");\n", script, StringComparison.Ordinal);
        Assert.Equal(new OfflineReport("/", "en-GB", Written.Values.Sum(f => f.Size), 11, KeepsAll: true), Assert.Single(reports));
    }

    [Fact]
    public void Past_its_limit_a_copy_keeps_only_the_essentials_up_front_and_says_so()
    {
        var (worker, reports) = OfflineCopy.Write(Plan(limitBytes: 150_000), Written);

        Assert.Contains("\"/\":{\"keepsAll\":false,\"files\":[\"/\",\"/urgent-help/\",\"/404.html\",\"/search/index.json\",\"/assets/search.1.js\"]}", Encoding.UTF8.GetString(worker.Content), StringComparison.Ordinal);
        var report = Assert.Single(reports);
        Assert.False(report.KeepsAll);
        Assert.Equal(10_000 + 12_000 + 3_000 + 20_000 + 40_000 + 20_000 + 3_000, report.Bytes);
    }

    [Fact]
    public void The_same_files_make_the_same_worker_and_one_changed_page_makes_a_new_version()
    {
        var first = OfflineCopy.Write(Plan(1_000_000), Written).Worker.Content;
        var again = OfflineCopy.Write(Plan(1_000_000), new Dictionary<string, WrittenFile>(Written)).Worker.Content;
        var changed = OfflineCopy.Write(Plan(1_000_000), new Dictionary<string, WrittenFile>(Written) { ["/treatment/"] = new("c2", 30_000) }).Worker.Content;

        Assert.Equal(first, again);
        Assert.NotEqual(Version(first), Version(changed));
    }

    private static OfflinePlan Plan(long limitBytes) =>
        new([English], ["/assets/site.1.css", "/assets/site.1.js"], "/assets/offline-worker.1.js", limitBytes);

    private static string Version(byte[] worker) =>
        System.Text.RegularExpressions.Regex.Match(Encoding.UTF8.GetString(worker), "\"version\":\"([0-9a-f]+)\"").Groups[1].Value;
}
