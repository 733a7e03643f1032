using System.Collections.Concurrent;
using OmsHandbook.Content;
using OmsHandbook.Core;

namespace OmsHandbook.Pipeline;

/// <summary>
/// The chapters the previous build by the same preview read, by file, so the next one parses the
/// front matter only of the files whose text changed; what reading a file reported is reported again.
/// </summary>
public sealed class LoadCache
{
    private readonly ConcurrentDictionary<string, (string Text, ContentPage? Page, IReadOnlyList<Diagnostic> Found)> chapters = new(StringComparer.Ordinal);

    /// <summary>Reads a chapter, or hands back the last reading of the same text.</summary>
    internal ContentPage? LoadChapter(InputFile file, DiagnosticBag diagnostics)
    {
        if (!chapters.TryGetValue(file.FullPath, out var known) || known.Text != file.Text)
        {
            var found = new DiagnosticBag();
            known = (file.Text, PageLoader.LoadChapter(file, found), found.Sorted());
            chapters[file.FullPath] = known;
        }

        diagnostics.AddRange(known.Found);
        return known.Page;
    }
}
