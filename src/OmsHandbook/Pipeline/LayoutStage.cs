using System.Text;
using OmsHandbook.Core;
using OmsHandbook.Site;
using OmsHandbook.Theme;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Stage 6 (per page): lays a page out with the theme's layouts, as the bytes to write. With a memo
/// (the preview's), a page whose key is unchanged is handed back as it was, without laying it out.
/// One per worker: each holds its own layout renderer.
/// </summary>
public sealed class LayoutStage(Memo<byte[]>? memo = null) : IPageStage<PageToRender, Task<LaidOutPage>>, IAsyncDisposable
{
    private readonly ThemeRenderer theme = new();

    public async Task<LaidOutPage> Run(PageToRender page, BuildContext context)
    {
        var path = SitePaths.OutputPathFor(page.UrlPath);
        var noIndex = context.Options.NoIndex;
        var key = memo is null || page.Key is null ? null : MemoKeys.Layout(page.Key, noIndex);
        if (key is not null && memo!.TryGet(key, out var known))
        {
            return new LaidOutPage(path, known, null, key, page.SourceFile, Remembered: true);
        }

        var html = await theme.RenderAsync(page.MakeView());
        if (noIndex)
        {
            html = HeadMarkup.Append(html, SiteFiles.RobotsNoIndexMeta);
        }

        // The file ends with a newline; added to the bytes rather than to the page, which would copy it.
        var bytes = new byte[Encoding.UTF8.GetByteCount(html) + 1];
        Encoding.UTF8.GetBytes(html, bytes);
        bytes[^1] = (byte)'\n';
        if (key is null)
        {
            memo?.CountUnkeyed();
        }
        else
        {
            memo!.Add(key, bytes);
        }

        return new LaidOutPage(path, bytes, html, key, page.SourceFile, Remembered: false);
    }

    public ValueTask DisposeAsync() => theme.DisposeAsync();
}

/// <summary>A page laid out: its output path and bytes, and what the checks need to know about it.</summary>
/// <param name="Html">The page's text when it was just laid out; null when the memo handed it back.</param>
/// <param name="Key">The layout's memo key, which stands for the bytes; null when the page has none.</param>
/// <param name="SourceFile">The input file it came from, for check messages.</param>
/// <param name="Remembered">True when the memo handed it back unchanged.</param>
public sealed record LaidOutPage(string OutputPath, byte[] Bytes, string? Html, string? Key, string? SourceFile, bool Remembered)
{
    public OutputFile File => new(OutputPath, Bytes);
}
