using System.Globalization;
using System.Text;
using System.Text.Json;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.ChapterLinks;
using OmsHandbook.Markdown.HeadingIds;
using OmsHandbook.Site;

namespace OmsHandbook.Pipeline;

/// <summary>
/// The one place that says what each of the preview's memo keys is made of, and so what a change
/// makes again. A page's render depends on its own file and place and on the render context: every
/// page's address and heading ids (any page may link to any heading), the glossary, the references,
/// the media, the language, the readability limits and the urgency scale. Layouts depend on the
/// render and on what every page shares (<see cref="PageKey"/>); checks on the layout; search on the render.
/// </summary>
internal static class MemoKeys
{
    public static string File(InputFile file) => ContentHash.Of(file.FullPath, file.Text);

    public static string Page(ContentPage page) =>
        ContentHash.Of(page.File.FullPath, page.File.Text, page.UrlPath, page.Order.ToString(CultureInfo.InvariantCulture));

    public static string Render(string pageKey, string contextKey) => ContentHash.Of(pageKey, contextKey);

    /// <summary>The FAQ answers and glossary definitions depend on their files and on the render context, as a page does.</summary>
    public static string Entries(HandbookContent content, string contextKey) =>
        ContentHash.Of(contextKey, content.Site.Paths.Root, content.FaqFile?.FullPath, content.FaqFile?.Text, content.GlossaryFile?.FullPath, content.GlossaryFile?.Text);

    public static string Layout(Lazy<string> pageKey, bool noIndex) => ContentHash.Of(pageKey.Value, noIndex ? "noindex" : "");

    /// <summary>Everything a page's rendering depends on beyond its own file.</summary>
    /// <param name="original">For a translation, the first edition's pages its links may fall back to.</param>
    public static string RenderContext(HandbookContent content, string inputRoot, IEnumerable<(ContentPage Page, IReadOnlyList<HeadingInfo> Headings)> outline,
        IReadOnlyList<LinkTarget>? original = null)
    {
        var context = new StringBuilder(inputRoot).Append('\n');
        foreach (var (page, headings) in outline)
        {
            context.Append(page.File.FullPath).Append('\t').Append(page.UrlPath).Append('\t').AppendJoin(' ', headings.Select(h => h.Id)).Append('\n');
        }

        foreach (var target in original ?? [])
        {
            context.Append(target.FullPath).Append('\t').Append(target.UrlPath).Append('\t').AppendJoin(' ', target.Ids.Order(StringComparer.Ordinal)).Append('\n');
        }

        context.Append(content.GlossaryFile.Text).Append('\n')
            .Append(JsonSerializer.Serialize(content.References, KeyJson.Default.IReadOnlyListReference)).Append('\n')
            .AppendJoin('\n', content.Media.Select(m => m.RelativePath)).Append('\n')
            .AppendJoin('\n', content.Figures.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal).Select(f => f.RelativePath + "\t" + f.Markup)).Append('\n')
            .Append(content.Site.SmogCeiling).Append('\n').Append(content.Site.ReadingEaseFloor).Append('\n').Append(content.Site.Language).Append('\n')
            .Append(content.Site.Urgency is { } urgency ? JsonSerializer.Serialize(urgency, KeyJson.Default.UrgencyScale) : "");
        return ContentHash.Of(context.ToString());
    }
}
