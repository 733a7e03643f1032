using System.IO.Compression;
using OmsHandbook.Search;
using OmsHandbook.Tests.Support;
using Xunit.Abstractions;

namespace OmsHandbook.Tests.Search;

/// <summary>
/// Past a size threshold the index splits, so the first query on a 4,000-page handbook stays within
/// 300 KB compressed (Pagefind's figure for a 10,000-page site) while typo tolerance still works.
/// </summary>
[Trait("Tier", "Slow")]
public sealed class SearchShardTests(LargeSearchIndex large, ITestOutputHelper output) : IClassFixture<LargeSearchIndex>
{
    private const int FirstQueryBudget = 300 * 1024;

    private static readonly SearchIndexOptions Unsplit = new(ShardThresholdBytes: int.MaxValue);

    [Fact]
    public void The_index_splits_exactly_when_one_file_would_pass_the_threshold()
    {
        var corpus = SyntheticSearchCorpus.Create(pages: 20, vocabulary: 2000);
        var size = SearchIndexWriter.Write(corpus, Unsplit).Files.Single().Content.Length;

        var atThreshold = SearchIndexWriter.Write(corpus, new SearchIndexOptions(ShardThresholdBytes: size));
        var belowThreshold = SearchIndexWriter.Write(corpus, new SearchIndexOptions(ShardThresholdBytes: size - 1));

        Assert.False(atThreshold.Sharded);
        Assert.Single(atThreshold.Files);
        Assert.True(belowThreshold.Sharded);
        Assert.Equal(20, belowThreshold.Files.Count(f => f.Path.StartsWith(SearchIndexWriter.ShardFolder + "p", StringComparison.Ordinal)));
        Assert.Equal(20, belowThreshold.Files.Count(f => f.Path.StartsWith(SearchIndexWriter.ShardFolder + "s", StringComparison.Ordinal)));
        Assert.Contains(belowThreshold.Files, f => f.Path.StartsWith(SearchIndexWriter.ShardFolder + "t", StringComparison.Ordinal));
        Assert.Equal("/" + belowThreshold.Files[0].Path, belowThreshold.ManifestHref);
    }

    [Fact]
    public void A_sharded_manifest_states_the_folder_its_files_are_in_and_every_file_is_there()
    {
        var files = SearchIndexWriter.Write(SyntheticSearchCorpus.Create(pages: 20, vocabulary: 2000), new SearchIndexOptions(ShardThresholdBytes: 0));

        var reader = SearchIndexReader.FromFiles(files);

        Assert.Equal("assets/search/", reader.Folder);
        Assert.All(files.Files.Skip(1), f => Assert.StartsWith(reader.Folder, f.Path, StringComparison.Ordinal));
        Assert.Equal(files.Files.Count - 1, reader.FilePaths.Count);
        Assert.All(reader.FilePaths, path => Assert.Contains(files.Files, f => f.Path == path));
    }

    [Fact]
    public void A_shard_shows_its_terms_best_entries_as_their_page_files_do_so_a_one_word_query_needs_no_second_fetch()
    {
        var reader = SearchIndexReader.FromFiles(SearchIndexWriter.Write(SyntheticSearchCorpus.Create(pages: 60, vocabulary: 3000), new SearchIndexOptions(ShardThresholdBytes: 0)));

        var checkedEntries = 0;
        for (var term = 0; term < reader.Terms.Count; term++)
        {
            var shown = reader.ShownWith(term);
            var best = reader.Postings(term).OrderByDescending(p => p.Level).ThenBy(p => p.Entry).Take(SearchIndexWriter.ShownPerTerm);
            foreach (var (entry, _) in best)
            {
                // The box lists eight results: each of a one-word query's eight is in the shard, as its page file says it.
                Assert.True(shown.ContainsKey(entry), $"'{reader.Terms[term]}': entry {entry} is among its best but not shown by its shard");
                var fromPageFile = reader.Entry(entry);
                Assert.Equal((fromPageFile.Title, fromPageFile.Heading, fromPageFile.Href), shown[entry]);
                checkedEntries++;
            }
        }

        Assert.True(checkedEntries > 1000, $"only {checkedEntries} entries checked");
    }

    [Fact]
    public void A_large_handbook_is_sharded_and_every_shard_reads_back_as_the_single_file_would()
    {
        Assert.True(large.Sharded.Sharded);
        var fromShards = SearchIndexReader.FromFiles(large.Sharded);
        var fromSingle = SearchIndexReader.FromFiles(SearchIndexWriter.Write(large.Corpus, Unsplit));
        Assert.Equal(fromSingle.Terms, fromShards.Terms);
        Assert.Equal(large.Corpus.Pages.Sum(p => p.Entries.Count), fromShards.EntryCount);
        for (var term = 0; term < fromShards.Terms.Count; term += 97)
        {
            Assert.Equal(fromSingle.Postings(term), fromShards.Postings(term));
        }

        foreach (var entry in new[] { 0, 1, 12_345, fromShards.EntryCount - 1 })
        {
            Assert.Equal(fromSingle.Entry(entry), fromShards.Entry(entry));
        }
    }

    [Fact]
    public void A_first_query_with_a_typo_on_4000_pages_fetches_at_most_300_KB_compressed_and_still_finds_the_word()
    {
        var files = large.Sharded;
        var reader = SearchIndexReader.FromFiles(files);
        var byPath = files.Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);

        // A rare word misspelt (one letter changed), a mid-frequency word and a common one, as search.js
        // would look them up: each word's exact term or, failing that, every term one or two edits away.
        var rare = reader.Terms.Where(t => t.Length >= 8 && !t.StartsWith('#') && reader.Postings(t).Count is > 2 and < 10).First();
        var misspelt = rare[..3] + (rare[3] == 'a' ? 'e' : 'a') + rare[4..];
        var query = new[] { misspelt, reader.Terms.First(t => !t.StartsWith('#') && reader.Postings(t).Count is > 200 and < 400), reader.Terms.MaxBy(t => reader.Postings(t).Count)! };
        var terms = query.SelectMany(word => Candidates(reader, word)).Distinct().ToList();
        Assert.Contains(reader.IndexOf(rare), terms);

        // The results shown come from at most ten pages: count the ten largest pairs of heading and text files.
        var pages = files.Files.Where(f => f.Path.StartsWith(SearchIndexWriter.ShardFolder + "p", StringComparison.Ordinal))
            .Select(f => Gzip(f.Content) + Gzip(byPath[SearchIndexWriter.ShardFolder + "s" + f.Path[(SearchIndexWriter.ShardFolder.Length + 1)..]]))
            .OrderDescending().Take(10).Sum();
        var manifest = Gzip(files.Files[0].Content);
        var shards = reader.ShardPathsFor(terms).Sum(path => Gzip(byPath[path]));

        var total = manifest + shards + pages;
        var report = $"first query '{string.Join(' ', query)}': manifest {manifest} + postings {shards} + pages {pages} = {total} bytes compressed";
        output.WriteLine(report);
        Assert.True(total <= FirstQueryBudget, report);
    }

    private static IEnumerable<int> Candidates(SearchIndexReader reader, string word)
    {
        var exact = reader.IndexOf(word);
        if (exact >= 0)
        {
            return [exact];
        }

        var edits = word.Length >= 8 ? 2 : word.Length >= 4 ? 1 : 0;
        return reader.Terms.Select((t, i) => (t, i)).Where(p => !p.t.StartsWith('#') && OmsHandbook.Content.Suggest.Distance(word, p.t) <= edits).Select(p => p.i);
    }

    private static int Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return (int)buffer.Length;
    }
}

/// <summary>The 4,000-page synthetic corpus and its index, built once for the tests that read it.</summary>
public sealed class LargeSearchIndex
{
    public SearchCorpus Corpus { get; } = SyntheticSearchCorpus.Create(pages: 4000);

    public SearchIndexFiles Sharded => sharded ??= SearchIndexWriter.Write(Corpus, SearchIndexOptions.Default);

    private SearchIndexFiles? sharded;
}
