using System.Collections.Concurrent;
using OmsHandbook.Checks;

namespace OmsHandbook.Pipeline;

/// <summary>
/// The pages the previous build by the same preview wrote, by output path, with the key of what each
/// was made of (<see cref="Site.PageToRender.Key"/>): a page whose key is unchanged is written again
/// as it was, without rendering its layout or reading it for the checks.
/// </summary>
public sealed class PageCache
{
    private readonly ConcurrentDictionary<string, CachedPage> pages = new(StringComparer.Ordinal);

    /// <summary>How many pages the last build rendered; the rest were the previous build's.</summary>
    public int PagesRendered { get; internal set; }

    internal CachedPage? Find(string outputPath, object? key, bool noIndex) =>
        key is not null && pages.TryGetValue(outputPath, out var found) && found.NoIndex == noIndex && Equals(found.Key, key) ? found : null;

    internal void Store(string outputPath, CachedPage page) => pages[outputPath] = page;

    /// <summary>Forgets pages the site no longer has.</summary>
    internal void Keep(IReadOnlySet<string> outputPaths)
    {
        foreach (var path in pages.Keys.Where(p => !outputPaths.Contains(p)))
        {
            pages.TryRemove(path, out _);
        }
    }
}

/// <summary>A page as written: the key it was made from, its bytes, and what reading it found.</summary>
internal sealed record CachedPage(object Key, bool NoIndex, byte[] Content, PageScan Scan);
