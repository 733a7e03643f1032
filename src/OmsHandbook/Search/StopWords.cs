namespace OmsHandbook.Search;

/// <summary>Words too common to help find anything; left out of the index and out of queries (the search script reads this list, written into it by <see cref="SearchScriptConstants"/>).</summary>
public static class StopWords
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(
    [
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by",
        "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "may", "me", "more", "most", "my", "no", "not", "of", "on",
        "or", "our", "she", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "to", "too", "very", "was", "we", "were", "what", "when", "where",
        "which", "who", "why", "will", "with", "would", "you", "your",
    ], StringComparer.Ordinal);
}
