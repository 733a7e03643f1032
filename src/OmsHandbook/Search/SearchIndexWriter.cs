using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using OmsHandbook.Core;

namespace OmsHandbook.Search;

/// <summary>The index's files under /assets/, and the address of the one search.js fetches first.</summary>
public sealed record SearchIndexFiles(string ManifestHref, IReadOnlyList<OutputFile> Files, bool Sharded);

/// <summary>
/// Writes the index as JSON with content hashes in the names. A small site gets one file; past the
/// threshold the manifest keeps the term list and glossary, and points to postings shards (runs of
/// terms in order) and, per page, a file of its headings and a file of its texts. See docs/search.md.
/// </summary>
public static class SearchIndexWriter
{
    /// <summary>
    /// 3: a postings shard also carries what its terms' best entries show ("shown"). 2: a sharded
    /// manifest names the folder of the files it points to ("files").
    /// </summary>
    public const int Version = 3;

    /// <summary>
    /// Per term, how many of its best entries a shard shows without a page file: as many as the box in
    /// the header lists, so a one-word query draws its results from the shard alone, with no second fetch.
    /// </summary>
    public const int ShownPerTerm = 8;

    /// <summary>Where a sharded index's other files are written, under /assets/ so they are cached for good.</summary>
    public const string ShardFolder = "assets/search/";

    /// <summary>Hex digits of a shard's or page file's hash: the manifest lists the hashes end to end, this many each.</summary>
    public const int HashLength = 8;

    /// <summary>
    /// The index's first file, at an address that never changes (revalidated on every visit; the
    /// shards it names carry hashes and are cached for good). Pages name only this address, so a
    /// change to one chapter changes that chapter's page and the index, not every page of the site.
    /// </summary>
    public const string ManifestPath = "search/index.json";

    // Escapes '<', '>' and '&' as well: the index is data, and stays inert wherever it ends up.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="memo">Entry weights remembered from before (the preview's); null weighs every entry.</param>
    /// <param name="cancellation">Checked as it goes: the preview drops a build a newer save has made pointless.</param>
    public static SearchIndexFiles Write(SearchCorpus corpus, SearchIndexOptions options, Memo<WeighedEntry>? memo = null, CancellationToken cancellation = default)
    {
        // A translation's index sits in its own folders ("es/search/index.json", "assets/search/es/"), beside the first edition's.
        var manifestPath = options.Folder + ManifestPath;
        var shardFolder = ShardFolder + options.Folder;
        var index = InvertedIndex.Build(corpus, memo, cancellation);
        var scale = IndexEncoding.Scale(index.MaxImpact);
        var terms = IndexEncoding.Terms(index.Terms);
        var postings = index.Postings.Select(p => IndexEncoding.Postings(p, scale)).ToList();

        // Each UTF-16 unit takes at least a byte of UTF-8: when the texts alone pass the threshold the
        // index is sharded, and the single file is not made just to be measured.
        if (corpus.Pages.Sum(p => p.Entries.Sum(e => (long)e.Text.Length)) <= options.ShardThresholdBytes)
        {
            var single = JsonObject(w =>
            {
                Header(w, scale, terms, corpus.Language);
                w.WriteStartArray("postings");
                postings.ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteStartArray("pages");
                corpus.Pages.ToList().ForEach(p => Page(w, p, withText: true));
                w.WriteEndArray();
                Glossary(w, corpus);
                WordGroups(w, corpus);
            });
            if (single.Length <= options.ShardThresholdBytes)
            {
                return new SearchIndexFiles("/" + manifestPath, [new OutputFile(manifestPath, single)], Sharded: false);
            }
        }

        // Headings show results at once; texts, far bigger, only make snippets and wait for a pause in typing.
        var pageFiles = corpus.Pages.Select((corpusPage, i) =>
        {
            cancellation.ThrowIfCancellationRequested();
            var page = Json(w => Page(w, corpusPage, withText: false));
            var texts = Json(w =>
            {
                w.WriteStartArray();
                corpusPage.Entries.ToList().ForEach(e => w.WriteStringValue(e.Text));
                w.WriteEndArray();
            });
            var hash = Hash([.. page, .. texts], HashLength);
            return (Hash: hash, Page: new OutputFile($"{shardFolder}p{Number(i)}.{hash}.json", page), Texts: new OutputFile($"{shardFolder}s{Number(i)}.{hash}.json", texts));
        }).ToList();
        var files = pageFiles.SelectMany(f => new[] { f.Page, f.Texts }).ToList();
        var pageHashes = string.Concat(pageFiles.Select(f => f.Hash));

        var shardFirsts = new List<int>();
        var shardHashes = new StringBuilder();
        var entries = corpus.Pages.SelectMany(p => p.Entries.Select(e => (Page: p, Entry: e))).ToList();
        foreach (var (first, count) in Shards(postings, options.PostingsShardBytes))
        {
            var shard = Fingerprinted(shardFolder + "t" + Number(shardFirsts.Count), JsonObject(w =>
            {
                w.WriteStartArray("postings");
                postings.Skip(first).Take(count).ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
                Shown(w, Enumerable.Range(first, count).SelectMany(t => BestEntries(index.Postings[t], scale)), entries);
            }), HashLength);
            files.Add(shard);
            shardFirsts.Add(first);
            shardHashes.Append(HashOf(shard.Path));
        }

        var manifest = new OutputFile(manifestPath, JsonObject(w =>
        {
            Header(w, scale, terms, corpus.Language);
            // The script reads the shard folder rather than working it out from the manifest's own
            // address: the two are far apart, and a guess broke search on every sharded site.
            w.WriteString("files", "/" + shardFolder);
            w.WriteStartObject("postingsShards");
            WriteNumbers(w, "firstTerm", shardFirsts);
            w.WriteString("hashes", shardHashes.ToString());
            w.WriteEndObject();
            w.WriteStartObject("pageFiles");
            WriteNumbers(w, "entries", corpus.Pages.Select(p => p.Entries.Count));
            w.WriteString("hashes", pageHashes);
            w.WriteEndObject();
            Glossary(w, corpus);
            WordGroups(w, corpus);
        }));
        files.Insert(0, manifest);
        return new SearchIndexFiles("/" + manifestPath, files, Sharded: true);
    }

    /// <summary>A term's best entries as a one-word query ranks them: highest impact level first, then the earlier entry.</summary>
    /// <remarks>One pass keeping the best few, not a sort: a common word is in tens of thousands of entries.</remarks>
    private static IEnumerable<int> BestEntries(IReadOnlyList<Posting> postings, double scale)
    {
        var best = new List<(int Level, int Entry)>(ShownPerTerm + 1);
        foreach (var posting in postings)
        {
            // Postings come in entry order, so a later entry ties below an earlier one: only a higher level passes it.
            var level = IndexEncoding.Quantise(posting.Impact, scale);
            if (best.Count == ShownPerTerm && level <= best[^1].Level)
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && level > best[at - 1].Level)
            {
                at--;
            }

            best.Insert(at, (level, posting.Entry));
            if (best.Count > ShownPerTerm)
            {
                best.RemoveAt(ShownPerTerm);
            }
        }

        return best.Select(b => b.Entry);
    }

    /// <summary>"shown": [[entry, title, url, heading, anchor], …] by entry: what a page file would say of each.</summary>
    private static void Shown(Utf8JsonWriter w, IEnumerable<int> shown, IReadOnlyList<(CorpusPage Page, SearchEntry Entry)> entries)
    {
        w.WriteStartArray("shown");
        foreach (var entry in shown.Distinct().Order())
        {
            var (page, section) = entries[entry];
            w.WriteStartArray();
            w.WriteNumberValue(entry);
            w.WriteStringValue(page.Title);
            w.WriteStringValue(page.Url);
            w.WriteStringValue(section.Heading);
            w.WriteStringValue(section.Anchor);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    /// <summary>Runs of consecutive terms whose postings add up to about the target size; a very common term gets a shard of its own.</summary>
    private static IEnumerable<(int First, int Count)> Shards(IReadOnlyList<string> postings, int targetBytes)
    {
        var first = 0;
        var size = 0;
        for (var i = 0; i < postings.Count; i++)
        {
            if (size > 0 && size + postings[i].Length > targetBytes)
            {
                yield return (first, i - first);
                (first, size) = (i, 0);
            }

            size += postings[i].Length + 3;
        }

        if (postings.Count > first)
        {
            yield return (first, postings.Count - first);
        }
    }

    /// <summary>
    /// "language" names the rules the terms were made with, so the script makes a query's tokens by the
    /// same ones; left out for English, the script's default, so English indexes stay as they were.
    /// </summary>
    private static void Header(Utf8JsonWriter w, double scale, string terms, SearchLanguage language)
    {
        w.WriteNumber("version", Version);
        if (language.Name != SearchLanguage.English.Name)
        {
            w.WriteString("language", language.Name);
        }

        w.WriteNumber("scale", scale);
        w.WriteString("terms", terms);
    }

    /// <summary>[title, url, [[heading, anchor, text], …]]: what a result shows; in a page file, without the texts.</summary>
    private static void Page(Utf8JsonWriter w, CorpusPage page, bool withText)
    {
        w.WriteStartArray();
        w.WriteStringValue(page.Title);
        w.WriteStringValue(page.Url);
        w.WriteStartArray();
        foreach (var entry in page.Entries)
        {
            w.WriteStartArray();
            w.WriteStringValue(entry.Heading);
            w.WriteStringValue(entry.Anchor);
            if (withText)
            {
                w.WriteStringValue(entry.Text);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndArray();
    }

    /// <summary>[[slug, term, [aliases…]], …]: for synonyms, and for "did you mean" when nothing matches.</summary>
    private static void Glossary(Utf8JsonWriter w, SearchCorpus corpus)
    {
        w.WriteStartArray("glossary");
        foreach (var term in corpus.Glossary)
        {
            w.WriteStartArray();
            w.WriteStringValue(term.Slug);
            w.WriteStringValue(term.Term);
            w.WriteStartArray();
            term.Aliases.ToList().ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    /// <summary>"synonyms": [[word, word…], …], left out when there are none so other handbooks' indexes stay as they were.</summary>
    private static void WordGroups(Utf8JsonWriter w, SearchCorpus corpus)
    {
        if (corpus.WordGroups.Count == 0)
        {
            return;
        }

        w.WriteStartArray("synonyms");
        foreach (var group in corpus.WordGroups)
        {
            w.WriteStartArray();
            group.ToList().ForEach(w.WriteStringValue);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter w, string name, IEnumerable<int> numbers)
    {
        w.WriteStartArray(name);
        foreach (var n in numbers)
        {
            w.WriteNumberValue(n);
        }

        w.WriteEndArray();
    }

    private static byte[] JsonObject(Action<Utf8JsonWriter> write) => Json(w =>
    {
        w.WriteStartObject();
        write(w);
        w.WriteEndObject();
    });

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.ToArray();
    }

    private static OutputFile Fingerprinted(string stem, byte[] content, int hashLength) =>
        new($"{stem}.{Hash(content, hashLength)}.json", content);

    private static string Hash(byte[] content, int length) => Convert.ToHexStringLower(SHA256.HashData(content))[..length];

    /// <summary>"assets/search/t12.0a1b2c3d.json" -> "0a1b2c3d".</summary>
    private static string HashOf(string path) => path.Split('.')[^2];

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
