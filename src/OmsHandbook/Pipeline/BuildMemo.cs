using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OmsHandbook.Checks;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.ChapterLinks;
using OmsHandbook.Markdown.HeadingIds;
using OmsHandbook.Search;

namespace OmsHandbook.Pipeline;

/// <summary>
/// What the preview remembers between builds: one <see cref="Memo{T}"/> per kind of work, each keyed
/// by a content hash of what the work was made from (<see cref="MemoKeys"/> says what each key holds,
/// and so what a change makes again). A single build keeps none.
/// </summary>
public sealed class BuildMemo
{
    /// <summary>Chapters as read, with what reading them reported.</summary>
    public Memo<LoadedPage> Loads { get; } = new();

    /// <summary>Each page's headings: what links from other pages are checked against.</summary>
    public Memo<IReadOnlyList<HeadingInfo>> Outlines { get; } = new();

    /// <summary>Pages rendered, their prose read and search sections split, with what that reported.</summary>
    public Memo<PageRender> Renders { get; } = new();

    /// <summary>Each edition's FAQ answers and glossary definitions rendered, with what that reported.</summary>
    public Memo<EntriesRender> Entries { get; } = new();

    /// <summary>Pages laid out, as the bytes written.</summary>
    public Memo<byte[]> Layouts { get; } = new();

    /// <summary>What reading each page for the checks found.</summary>
    public Memo<PageScan> Checks { get; } = new();

    /// <summary>Pages gathered for the search index, and their entries' weights.</summary>
    public Memo<CorpusPage> SearchPages { get; } = new();

    public Memo<WeighedEntry> SearchWeights { get; } = new();

    /// <summary>The link resolvers made for one render context.</summary>
    internal Memo<PageLinking> Linking { get; } = new();

    /// <summary>
    /// Each page's key, by the page as read. A first look reads only the saved files again, so every
    /// other page is the very object the build before read, and hashing its text again would find the
    /// same key (at 4,000 chapters, a tenth of a first look). Pages read afresh are new objects.
    /// </summary>
    private readonly ConditionalWeakTable<ContentPage, string> pageKeys = new();

    internal string PageKeyOf(ContentPage page) => pageKeys.GetValue(page, MemoKeys.Page);

    /// <summary>A page's heading ids as a link target checks them, by its list of headings (the same list while its key is).</summary>
    private readonly ConditionalWeakTable<IReadOnlyList<HeadingInfo>, IReadOnlySet<string>> headingIds = new();

    internal IReadOnlySet<string> IdsOf(IReadOnlyList<HeadingInfo> headings, Func<IReadOnlyList<HeadingInfo>, IReadOnlySet<string>> make) =>
        headingIds.GetValue(headings, h => make(h));

    /// <summary>Each edition's last render context and its key, by the edition's folder.</summary>
    private readonly ConcurrentDictionary<string, RenderContextInputs> renderContexts = new(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="MemoKeys.RenderContext"/>, hashed again only when something it is made of changed:
    /// after a save of one chapter's text, every input is the object the build before had, but the saved
    /// page, whose place and heading ids are compared instead. At 4,000 chapters the hash took a tenth
    /// of a first look.
    /// </summary>
    internal string RenderContextKey(HandbookContent content, string inputRoot, IReadOnlyList<(ContentPage Page, IReadOnlyList<HeadingInfo> Headings)> outline,
        IReadOnlyList<LinkTarget>? original)
    {
        var root = content.Site.Paths.Root;
        if (renderContexts.TryGetValue(root, out var last) && last.SameAs(content, inputRoot, outline, original))
        {
            return last.Key;
        }

        var key = MemoKeys.RenderContext(content, inputRoot, outline, original);
        renderContexts[root] = new RenderContextInputs(content, inputRoot, outline, original, key);
        return key;
    }

    /// <summary>What a render context key was made from, to tell whether the next build's would be the same.</summary>
    private sealed record RenderContextInputs(HandbookContent Content, string InputRoot, IReadOnlyList<(ContentPage Page, IReadOnlyList<HeadingInfo> Headings)> Outline,
        IReadOnlyList<LinkTarget>? Original, string Key)
    {
        public bool SameAs(HandbookContent content, string inputRoot, IReadOnlyList<(ContentPage Page, IReadOnlyList<HeadingInfo> Headings)> outline, IReadOnlyList<LinkTarget>? original) =>
            inputRoot == InputRoot
            && ReferenceEquals(original, Original)
            && ReferenceEquals(content.GlossaryFile, Content.GlossaryFile)
            && ReferenceEquals(content.References, Content.References)
            && ReferenceEquals(content.Media, Content.Media)
            && ReferenceEquals(content.Figures, Content.Figures)
            && ReferenceEquals(content.Site, Content.Site)
            && outline.Count == Outline.Count
            && outline.Zip(Outline).All(p => SamePlace(p.First, p.Second));

        private static bool SamePlace((ContentPage Page, IReadOnlyList<HeadingInfo> Headings) now, (ContentPage Page, IReadOnlyList<HeadingInfo> Headings) then) =>
            (ReferenceEquals(now.Page, then.Page) || (now.Page.File.FullPath == then.Page.File.FullPath && now.Page.UrlPath == then.Page.UrlPath))
            && (ReferenceEquals(now.Headings, then.Headings) || now.Headings.Select(h => h.Id).SequenceEqual(then.Headings.Select(h => h.Id), StringComparer.Ordinal));
    }

    /// <summary>What the last whole build that succeeded loaded: what a first look reads saved files over.</summary>
    internal HandbookContent? LastGood { get; set; }

    private IEnumerable<IMemo> Tables => [Loads, Outlines, Renders, Entries, Layouts, Checks, SearchPages, SearchWeights, Linking];

    internal void Begin()
    {
        foreach (var table in Tables)
        {
            table.Begin();
        }
    }

    /// <summary>After a whole build: what it did not ask for belongs to files and pages the site no longer has.</summary>
    internal void Sweep()
    {
        foreach (var table in Tables)
        {
            table.Sweep();
        }
    }
}

/// <summary>A chapter as read (null when it could not be), with what reading it reported.</summary>
public sealed record LoadedPage(ContentPage? Page, IReadOnlyList<Diagnostic> Found);

/// <summary>An edition's FAQ answers and glossary definitions as rendered, with what rendering them reported.</summary>
public sealed record EntriesRender(RenderedEntries Entries, IReadOnlyList<Diagnostic> Found);

/// <summary>A page as the page stages before the layout left it, with what they reported.</summary>
public sealed record PageRender(RenderedPage Rendered, IReadOnlyList<Diagnostic> Found);
