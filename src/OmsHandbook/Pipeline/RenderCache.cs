using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using OmsHandbook.Content;
using OmsHandbook.Markdown.HeadingIds;

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

    /// <summary>How many Markdown pages the last build rendered; the rest were the previous build's.</summary>
    public int PagesRendered { get; internal set; }

    /// <summary>The previous render of this page, if its file, slug and place are unchanged.</summary>
    internal CachedRender? Find(ContentPage page) =>
        pages.TryGetValue(page.File.FullPath, out var found)
        && found.Text == page.File.Text && found.Page.Slug == page.Slug && found.Page.Order == page.Order
            ? found
            : null;

    /// <summary>True when everything a page's HTML depends on beyond its own file is as it was at the last build; remembers the new state.</summary>
    internal bool SameContextAsBefore(string context)
    {
        var same = lastContext == context;
        lastContext = context;
        return same;
    }

    internal void Store(CachedRender render) => pages[render.Page.File.FullPath] = render;

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
            .Append(content.Site.SmogCeiling);
        return context.ToString();
    }
}

/// <summary>One page as the last build left it: the file text it came from, its headings, and its render with what rendering it reported.</summary>
internal sealed record CachedRender(string Text, ContentPage Page, IReadOnlyList<HeadingInfo> Headings, RenderedPage Rendered, IReadOnlyList<Diagnostic> Found);
