using OmsHandbook.Checks;
using OmsHandbook.Content;
using OmsHandbook.Core;
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

    /// <summary>Pages laid out, as the bytes written.</summary>
    public Memo<byte[]> Layouts { get; } = new();

    /// <summary>What reading each page for the checks found.</summary>
    public Memo<PageScan> Checks { get; } = new();

    /// <summary>Pages gathered for the search index, and their entries' weights.</summary>
    public Memo<CorpusPage> SearchPages { get; } = new();

    public Memo<WeighedEntry> SearchWeights { get; } = new();

    /// <summary>The link resolvers made for one render context.</summary>
    internal Memo<PageLinking> Linking { get; } = new();

    /// <summary>What the last whole build that succeeded loaded: what a first look reads saved files over.</summary>
    internal HandbookContent? LastGood { get; set; }

    private IEnumerable<IMemo> Tables => [Loads, Outlines, Renders, Layouts, Checks, SearchPages, SearchWeights, Linking];

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

/// <summary>A page as the page stages before the layout left it, with what they reported.</summary>
public sealed record PageRender(RenderedPage Rendered, IReadOnlyList<Diagnostic> Found);
