namespace OmsHandbook.Search;

/// <summary>
/// When the index splits, and how finely. Below the threshold one file is smallest and fastest; above
/// it a first query fetches the term list, a few postings shards and the pages it shows, never the rest.
/// </summary>
public sealed record SearchIndexOptions(int ShardThresholdBytes = 256 * 1024, int PostingsShardBytes = 8 * 1024)
{
    public static SearchIndexOptions Default { get; } = new();

    /// <summary>The edition's folder, "" for the first and "es/" for a translation: where its index's files go.</summary>
    public string Folder { get; init; } = "";
}
