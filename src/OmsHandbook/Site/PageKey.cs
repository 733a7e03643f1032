using OmsHandbook.Core;

namespace OmsHandbook.Site;

/// <summary>
/// Makes a <see cref="PageToRender.Key"/>: a content hash of what every page shares and what this
/// page is made of, computed only when the preview's memo asks for it (a single build never does).
/// </summary>
public static class PageKey
{
    /// <param name="chromeKey">What every page shares (the site and its chapter list), as one hash.</param>
    /// <param name="parts">What only this page is made of: the keys of its renders, its neighbours.</param>
    public static Lazy<string> Of(Lazy<string> chromeKey, params string?[] parts) =>
        new(() => ContentHash.Of([chromeKey.Value, .. parts]));
}
