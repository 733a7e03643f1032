using System.Text.Json;
using OmsHandbook.Search;

namespace OmsHandbook.Tests.Support;

/// <summary>
/// Reads a written search index the way search.js does (same decoding of terms, postings, shards
/// and page files), so tests check what the browser will see. Files are looked up by output path.
/// </summary>
public sealed class SearchIndexReader
{
    /// <summary>Any site: only paths are resolved against it.</summary>
    private static readonly Uri Site = new("https://handbook.invalid/");

    private readonly Func<string, byte[]> read;
    private readonly JsonElement manifest;
    private readonly List<int> pageStarts = [];
    private readonly List<string> terms;
    private readonly Dictionary<string, JsonElement> parsed = new(StringComparer.Ordinal);
    private readonly string folder = "";

    public SearchIndexReader(string manifestPath, Func<string, byte[]> read)
    {
        this.read = read;
        manifest = Parse(manifestPath);
        if (manifest.TryGetProperty("files", out var files))
        {
            // Resolved against the manifest's address as the browser does, not taken from the writer's constant.
            folder = new Uri(new Uri(Site, manifestPath), files.GetString()).AbsolutePath.TrimStart('/');
        }

        var counts = manifest.TryGetProperty("pages", out var pages)
            ? pages.EnumerateArray().Select(p => p[2].GetArrayLength())
            : manifest.GetProperty("pageFiles").GetProperty("entries").EnumerateArray().Select(e => e.GetInt32());
        var total = 0;
        foreach (var count in counts)
        {
            pageStarts.Add(total);
            total += count;
        }

        EntryCount = total;
        terms = DecodeTerms(manifest.GetProperty("terms").GetString()!);
    }

    /// <summary>Reads an index from a built site's folder.</summary>
    public static SearchIndexReader FromSite(string output, string manifestHref) =>
        new(manifestHref.TrimStart('/'), path => File.ReadAllBytes(Path.Combine(output, path)));

    /// <summary>Reads an index from the files the writer returned, before anything is written.</summary>
    public static SearchIndexReader FromFiles(SearchIndexFiles files)
    {
        var byPath = files.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        return new SearchIndexReader(files.ManifestHref.TrimStart('/'), path => byPath[path]);
    }

    public bool Sharded => manifest.TryGetProperty("postingsShards", out _);

    /// <summary>The language the manifest says its terms were made in, or null when it names none (English).</summary>
    public string? Language => manifest.TryGetProperty("language", out var language) ? language.GetString() : null;

    /// <summary>The output folder the manifest says its other files are in ("assets/search/"); empty for a one-file index.</summary>
    public string Folder => folder;

    /// <summary>Every file the manifest names, by output path, as the browser would resolve them.</summary>
    public IReadOnlyList<string> FilePaths => !Sharded ? [] :
        [.. FirstTerms.Select(ShardPath), .. pageStarts.Select((_, page) => PagePath(page, "p")), .. pageStarts.Select((_, page) => PagePath(page, "s"))];

    public IReadOnlyList<string> Terms => terms;

    public int EntryCount { get; }

    public IReadOnlyList<(string Slug, string Term, IReadOnlyList<string> Aliases)> Glossary =>
        manifest.GetProperty("glossary").EnumerateArray()
            .Select(g => (g[0].GetString()!, g[1].GetString()!, (IReadOnlyList<string>)g[2].EnumerateArray().Select(a => a.GetString()!).ToList()))
            .ToList();

    /// <summary>The word groups of search-synonyms.yml, as the script reads them; none when the index has no "synonyms".</summary>
    public IReadOnlyList<IReadOnlyList<string>> WordGroups =>
        manifest.TryGetProperty("synonyms", out var groups)
            ? groups.EnumerateArray().Select(g => (IReadOnlyList<string>)g.EnumerateArray().Select(w => w.GetString()!).ToList()).ToList()
            : [];

    /// <summary>The output paths a query for these terms fetches, beyond the manifest: their postings shards.</summary>
    public IEnumerable<string> ShardPathsFor(IEnumerable<int> terms) => Sharded ? terms.Select(ShardPath).Distinct() : [];


    public IReadOnlyList<(int Entry, int Level)> Postings(string term)
    {
        var index = IndexOf(term);
        return index < 0 ? [] : Postings(index);
    }

    public IReadOnlyList<(int Entry, int Level)> Postings(int term)
    {
        string text;
        if (manifest.TryGetProperty("postings", out var inline))
        {
            text = inline[term].GetString()!;
        }
        else
        {
            var shard = Shard(term);
            text = Parse(ShardPath(term)).GetProperty("postings")[term - FirstTerms[shard]].GetString()!;
        }

        var result = new List<(int, int)>();
        var entry = 0;
        for (var i = 0; i < text.Length;)
        {
            int gap = 0, shift = 0, digit;
            do
            {
                digit = IndexEncoding.Alphabet.IndexOf(text[i++], StringComparison.Ordinal);
                gap += (digit & 31) << shift;
                shift += 5;
            }
            while ((digit & 32) != 0);
            entry += gap;
            result.Add((entry, IndexEncoding.Alphabet.IndexOf(text[i++], StringComparison.Ordinal)));
        }

        return result;
    }

    /// <summary>The number of a term, or a negative number if the index has no such term.</summary>
    public int IndexOf(string term) => terms.BinarySearch(term, StringComparer.Ordinal);

    /// <summary>What a result shows for an entry: its page, heading, link and text.</summary>
    public (string Title, string Heading, string Href, string Text) Entry(int entry)
    {
        var page = PageOf(entry);
        var inline = manifest.TryGetProperty("pages", out var pages);
        var data = inline ? pages[page] : Parse(PagePath(page, "p"));
        var item = data[2][entry - pageStarts[page]];
        var url = data[1].GetString()!;
        var anchor = item[1].GetString()!;
        var text = inline ? item[2] : Parse(PagePath(page, "s"))[entry - pageStarts[page]];
        return (data[0].GetString()!, item[0].GetString()!, Href(url, anchor), text.GetString()!);
    }

    /// <summary>A result's link: the page, and the section's anchor when it has one.</summary>
    private static string Href(string url, string anchor) => anchor.Length > 0 ? url + "#" + anchor : url;

    /// <summary>
    /// What the shard holding this term shows without a page file: entry -> (title, heading, link),
    /// as the script reads it. Empty for a one-file index.
    /// </summary>
    public IReadOnlyDictionary<int, (string Title, string Heading, string Href)> ShownWith(int term) => !Sharded
        ? new Dictionary<int, (string, string, string)>()
        : Parse(ShardPath(term)).GetProperty("shown").EnumerateArray().ToDictionary(
            s => s[0].GetInt32(),
            s => (s[1].GetString()!, s[3].GetString()!, Href(s[2].GetString()!, s[4].GetString()!)));

    /// <summary>The entries a term occurs in, shown as their links.</summary>
    public IReadOnlyList<string> HrefsFor(string term) => Postings(term).Select(p => Entry(p.Entry).Href).ToList();

    private IReadOnlyList<int> FirstTerms => manifest.GetProperty("postingsShards").GetProperty("firstTerm").EnumerateArray().Select(e => e.GetInt32()).ToList();

    private int Shard(int term) => FirstTerms.Count(first => first <= term) - 1;

    private string ShardPath(int term)
    {
        var shard = Shard(term);
        var hash = manifest.GetProperty("postingsShards").GetProperty("hashes").GetString()!.Substring(shard * 8, 8);
        return $"{folder}t{shard}.{hash}.json";
    }

    private int PageOf(int entry) => pageStarts.FindLastIndex(start => start <= entry);

    /// <summary>A page's file of headings ("p") or of texts ("s").</summary>
    private string PagePath(int page, string kind)
    {
        var hash = manifest.GetProperty("pageFiles").GetProperty("hashes").GetString()!.Substring(page * 8, 8);
        return $"{folder}{kind}{page}.{hash}.json";
    }

    private JsonElement Parse(string path)
    {
        if (!parsed.TryGetValue(path, out var root))
        {
            parsed[path] = root = JsonDocument.Parse(read(path)).RootElement;
        }

        return root;
    }

    private static List<string> DecodeTerms(string text)
    {
        var terms = new List<string>();
        var previous = "";
        foreach (var part in text.Length == 0 ? [] : text.Split(' '))
        {
            previous = previous[..IndexEncoding.Alphabet.IndexOf(part[0], StringComparison.Ordinal)] + part[1..];
            terms.Add(previous);
        }

        return terms;
    }
}
