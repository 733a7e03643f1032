using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.LinkSafety;

namespace OmsHandbook.Markdown.ChapterLinks;

/// <summary>
/// Rewrites links written as files ("02-symptoms.md#opsoclonus") to published URLs
/// ("/symptoms/#opsoclonus"), and checks that the file and the heading exist.
/// </summary>
public sealed class ChapterLinkResolver(LinkTargets targets) : IMarkdownPass
{
    public void Run(ParsedMarkdown parsed, PassContext context)
    {
        var (source, ownIds, diagnostics) = (parsed.Source, parsed.Ids, context.Diagnostics);
        foreach (var link in parsed.Document.Descendants<LinkInline>())
        {
            if (link.IsImage || LinkSafetyGuard.IsRefused(link) || link.Url is not { Length: > 0 } url || UrlScheme.Of(url) is not null || url.StartsWith('/'))
            {
                continue;
            }

            var hash = url.IndexOf('#', StringComparison.Ordinal);
            var path = hash < 0 ? url : url[..hash];
            var fragment = hash < 0 ? null : url[(hash + 1)..];

            if (path.Length == 0)
            {
                CheckFragment(fragment!, ownIds, "this page", link, source, diagnostics);
                continue;
            }

            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var target = targets.Find(Uri.UnescapeDataString(path), source.Directory);
            if (target is null)
            {
                var hint = Suggest.Nearest(Path.GetFileName(path), targets.FileNames) is { } near ? $"did you mean '{near}'? " : "";
                diagnostics.Error(DiagnosticCodes.LinkToMissingPage, source.At(link),
                    $"link target '{url}' is not a page of the handbook; {hint}link to a chapter by its file name, e.g. '02-symptoms.md'");
                continue;
            }

            if (fragment is not null)
            {
                CheckFragment(fragment, target.Ids, $"'{path}'", link, source, diagnostics);
            }

            link.Url = fragment is null ? target.UrlPath : target.UrlPath + "#" + fragment;
        }
    }

    private static void CheckFragment(string fragment, IReadOnlySet<string> ids, string where, LinkInline link, MarkdownSource source, DiagnosticBag diagnostics)
    {
        if (ids.Contains(fragment))
        {
            return;
        }

        var hint = Suggest.Nearest(fragment, ids) is { } near ? $"did you mean '#{near}'? " : "";
        diagnostics.Error(DiagnosticCodes.LinkToMissingHeading, source.At(link),
            $"link target '{link.Url}' has no heading '{fragment}' in {where}; {hint}heading ids are the heading text in lower case with hyphens");
    }
}
