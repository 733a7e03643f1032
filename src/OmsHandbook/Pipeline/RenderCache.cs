using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.HeadingIds;
using OmsHandbook.Search;

namespace OmsHandbook.Pipeline;

/// <summary>
/// What the previous build by the same preview rendered, page by page, so the next one parses only
/// the pages whose file changed, and renders none of the others again unless something every page
/// depends on changed: another page's headings, the glossary, the references, the media or the
/// readability ceiling.
/// </summary>
public sealed class RenderCache
{
    // Pages are stored from the render's parallel workers.
    private readonly ConcurrentDictionary<string, CachedRender> pages = new(StringComparer.Ordinal);
    private string? lastContext;

    // Bumped whenever the context changes. Each render remembers the one it was made under, so a
    // build cancelled halfway through rendering (the preview drops a build when a new save arrives)
    // never leaves renders of an older context passing for current ones.
    private int contextVersion;

    /// <summary>How many Markdown pages the last build rendered; the rest were the previous build's.</summary>
    public int PagesRendered { get; internal set; }

    /// <summary>The previous parse of this page, if its file, slug and place are unchanged; its render is reusable only when <see cref="IsCurrent"/>.</summary>
    internal CachedRender? Find(ContentPage page) =>
        pages.TryGetValue(page.File.FullPath, out var found)
        && found.Rendered.Page is var before && before.File.Text == page.File.Text && before.Slug == page.Slug && before.Order == page.Order
            ? found
            : null;

    /// <summary>The link resolvers made for the current context; null until a build makes them.</summary>
    internal PageLinking? Linking { get; set; }

    /// <summary>Remembers everything a page's HTML depends on beyond its own file, for this build's renders.</summary>
    internal void SetContext(string context)
    {
        if (lastContext != context)
        {
            lastContext = context;
            contextVersion++;
            Linking = null;
        }
    }

    /// <summary>True when the render was made with everything else as it is now.</summary>
    internal bool IsCurrent(CachedRender render) => render.ContextVersion == contextVersion;

    internal void Store(RenderedPage rendered, IReadOnlyList<Diagnostic> found) =>
        pages[rendered.Page.File.FullPath] = new CachedRender(rendered, found, contextVersion);

    /// <summary>Forgets pages the handbook no longer has.</summary>
    internal void Keep(IEnumerable<ContentPage> current)
    {
        var paths = current.Select(p => p.File.FullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in pages.Keys.Where(p => !paths.Contains(p)).ToList())
        {
            pages.TryRemove(path, out _);
        }
    }

    /// <summary>Everything a page's rendering depends on beyond its own file, as one string to compare.</summary>
    internal static string Context(HandbookContent content, IEnumerable<(ContentPage Page, IReadOnlyList<HeadingInfo> Headings)> targets)
    {
        var context = new StringBuilder();
        foreach (var (page, headings) in targets)
        {
            context.Append(page.File.FullPath).Append('\t').Append(page.UrlPath).Append('\t').AppendJoin(' ', headings.Select(h => h.Id)).Append('\n');
        }

        context.Append(content.GlossaryFile.Text).Append('\n')
            .Append(JsonSerializer.Serialize(content.References)).Append('\n')
            .AppendJoin('\n', content.Media.Select(m => m.RelativePath)).Append('\n')
            .Append(content.Site.SmogCeiling).Append('\n')
            .Append(JsonSerializer.Serialize(content.Site.Urgency));
        return context.ToString();
    }
}

/// <summary>One page as the last build left it: its render (with the page and headings it came from), what rendering it reported, and the context it was made in.</summary>
internal sealed record CachedRender(RenderedPage Rendered, IReadOnlyList<Diagnostic> Found, int ContextVersion);
