using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>
/// The rules between the first edition and a translation: each translated page names the page it
/// translates, FAQ entries and glossary terms pair by id, and a page, answer or definition whose
/// original changed since it was translated is reported as behind.
/// </summary>
public static class TranslationPairing
{
    public static void Check(HandbookContent main, HandbookContent translation, DiagnosticBag diagnostics)
    {
        CheckFolderIsFree(main, translation, diagnostics);
        var originals = main.Chapters.ToDictionary(c => FileName(c), StringComparer.Ordinal);
        CheckHome(main, translation.Home, diagnostics);
        var translated = new Dictionary<string, ContentPage>(StringComparer.Ordinal);
        foreach (var page in translation.Chapters)
        {
            if (page.Meta.TranslationOf is not { } of)
            {
                diagnostics.Error(DiagnosticCodes.TranslationUnpaired, page.Meta.Location,
                    $"this page of a translation does not say which page it translates; add 'translation_of:' with the file name of the original in input/chapters/, e.g. 'translation_of: {originals.Keys.FirstOrDefault() ?? "02-symptoms.md"}'");
                continue;
            }

            if (!originals.TryGetValue(of.Value, out var original))
            {
                var hint = Suggest.Nearest(of.Value, originals.Keys) is { } near ? $"did you mean '{near}'? " : "";
                diagnostics.Error(DiagnosticCodes.TranslationUnpaired, of.Location,
                    $"translation_of names '{of.Value}', which is not a chapter of the first edition; {hint}name the file in input/chapters/ that this page translates");
                continue;
            }

            if (!translated.TryAdd(of.Value, page))
            {
                diagnostics.Error(DiagnosticCodes.TranslationUnpaired, of.Location,
                    $"'{translated[of.Value].File.DisplayPath}' already translates '{of.Value}'; each page is translated once, so pair this page with another original or remove one of them");
                continue;
            }

            CheckSource(page, original, diagnostics);
        }

        CheckIds(main.Faq.Select(f => f.Id), translation.Faq.Select(f => (f.Id, f.Location)), "FAQ entry", main.FaqFile.DisplayPath, diagnostics);
        CheckIds(main.Glossary.Select(t => t.Slug), translation.Glossary.Select(t => (t.Slug, t.Location)), "glossary term", main.GlossaryFile.DisplayPath, diagnostics);
        CheckSources(main.Faq.Select(f => (f.Id, TranslationSource.HashOf(f))), translation.Faq.Select(f => (f.Id, f.SourceHash, f.Location)),
            new Entries("FAQ entry", "FAQ page", main.FaqFile.DisplayPath), diagnostics);
        CheckSources(main.Glossary.Select(t => (t.Slug, TranslationSource.HashOf(t))), translation.Glossary.Select(t => (t.Slug, t.SourceHash, t.Location)),
            new Entries("glossary term", "glossary page", main.GlossaryFile.DisplayPath), diagnostics);
    }

    private static void CheckHome(HandbookContent main, ContentPage home, DiagnosticBag diagnostics)
    {
        if (home.Meta.TranslationOf is { } of && of.Value != PageLoader.HomeFile)
        {
            diagnostics.Error(DiagnosticCodes.TranslationUnpaired, of.Location,
                $"a translation's home page translates the home page; write 'translation_of: {PageLoader.HomeFile}'");
            return;
        }

        CheckSource(home, main.Home, diagnostics);
    }

    /// <summary>Behind is a warning: the page itself tells its readers, and English fixes must never wait for a translation.</summary>
    private static void CheckSource(ContentPage translation, ContentPage original, DiagnosticBag diagnostics)
    {
        var now = TranslationSource.HashOf(original);
        if (translation.Meta.SourceHash is not { } recorded)
        {
            diagnostics.Warning(DiagnosticCodes.TranslationBehind, translation.Meta.TranslationOf?.Location ?? translation.Meta.Location,
                $"this translation does not record which text of '{original.File.DisplayPath}' it was made from, so readers are told it may be behind; once it matches that page as it is now, add 'source_hash: {now}'");
        }
        else if (!string.Equals(recorded.Value, now, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Warning(DiagnosticCodes.TranslationBehind, recorded.Location,
                $"'{original.File.DisplayPath}' has changed since this translation was made (source_hash {recorded.Value}, now {now}); the page tells readers it may be out of date until you bring the translation up to date and write 'source_hash: {now}'");
        }
    }

    /// <summary>A FAQ answer or a definition behind its original, as a page can be: a warning, and the page says so.</summary>
    private static void CheckSources(IEnumerable<(string Id, string Hash)> originals, IEnumerable<(string Id, Located<string>? Recorded, SourceLocation Location)> translated,
        Entries what, DiagnosticBag diagnostics)
    {
        var now = originals.DistinctBy(o => o.Id, StringComparer.Ordinal).ToDictionary(o => o.Id, o => o.Hash, StringComparer.Ordinal);
        foreach (var (id, recorded, location) in translated)
        {
            if (!now.TryGetValue(id, out var hash))
            {
                continue; // pairs with nothing: reported by CheckIds
            }

            if (recorded is null)
            {
                diagnostics.Warning(DiagnosticCodes.TranslationBehind, location,
                    $"this {what.Kind} does not record which text of the {what.Kind} '{id}' in '{what.OriginalFile}' it was made from, so readers are told the {what.Page} may be behind; once it matches that entry as it is now, add 'source_hash: {hash}' to it");
            }
            else if (!string.Equals(recorded.Value, hash, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Warning(DiagnosticCodes.TranslationBehind, recorded.Location,
                    $"the {what.Kind} '{id}' in '{what.OriginalFile}' has changed since this translation was made (source_hash {recorded.Value}, now {hash}); the {what.Page} tells readers it may be out of date until you bring this entry up to date and write 'source_hash: {hash}'");
            }
        }
    }

    private static void CheckIds(IEnumerable<string> originalIds, IEnumerable<(string Id, SourceLocation Location)> translatedIds, string what, string originalFile, DiagnosticBag diagnostics)
    {
        var known = originalIds.ToHashSet(StringComparer.Ordinal);
        foreach (var (id, location) in translatedIds.Where(t => !known.Contains(t.Id)))
        {
            var hint = Suggest.Nearest(id, known) is { } near ? $"did you mean '{near}'? " : "";
            diagnostics.Error(DiagnosticCodes.TranslationUnpaired, location,
                $"this {what}'s id '{id}' is not the id of any {what} in '{originalFile}', so it pairs with nothing; {hint}give it the id of the entry it translates");
        }
    }

    /// <summary>A first-edition chapter at "/es/" would be hidden by the Spanish edition's home page.</summary>
    private static void CheckFolderIsFree(HandbookContent main, HandbookContent translation, DiagnosticBag diagnostics)
    {
        var folder = translation.Site.Paths.Root.Trim('/');
        if (main.Chapters.FirstOrDefault(c => c.Slug == folder) is { } clash)
        {
            diagnostics.Error(DiagnosticCodes.TranslationFolderClash, SourceLocation.StartOf(clash.File.DisplayPath),
                $"the slug '{folder}' is the address of the translation in input/{folder}/ (/{folder}/); rename this file");
        }
    }

    private static string FileName(ContentPage page) => Path.GetFileName(page.File.FullPath);

    /// <summary>How messages name a kind of entry, the page that lists them, and the first edition's file of them.</summary>
    private sealed record Entries(string Kind, string Page, string OriginalFile);
}
