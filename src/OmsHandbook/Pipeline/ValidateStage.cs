using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Theme;

namespace OmsHandbook.Pipeline;

/// <summary>Stage 2 (whole site): content rules that span files — unique slugs, names and ids, references between entries, and each translation's pairing with the first edition.</summary>
public sealed class ValidateStage : ISiteStage<HandbookContent, HandbookContent>
{
    /// <summary>How close to its next review a page must be before the build starts warning.</summary>
    public const int ReviewWarningDays = 30;

    /// <returns>The same content: the rules only report.</returns>
    public HandbookContent Run(HandbookContent content, BuildContext context)
    {
        foreach (var edition in content.Editions)
        {
            CheckEdition(edition, context);
        }

        foreach (var translation in content.Translations)
        {
            TranslationPairing.Check(content, translation, context.Diagnostics);
        }

        return content;
    }

    /// <summary>The rules within one edition.</summary>
    private static void CheckEdition(HandbookContent content, BuildContext context)
    {
        var diagnostics = context.Diagnostics;
        CheckSlugs(content.Chapters, diagnostics);
        CheckGlossary(content.Glossary, diagnostics);
        CheckFaq(content, diagnostics);
        CheckRedirects(content, diagnostics);
        CheckReviewDates(content, context.Options, diagnostics);
        UrgentHelpPage.Check(content, diagnostics);
    }

    /// <summary>Stale medical content must not be published silently: due soon warns, overdue fails.</summary>
    private static void CheckReviewDates(HandbookContent content, BuildOptions options, DiagnosticBag diagnostics)
    {
        foreach (var page in content.Pages)
        {
            // A day's grace: a maintainer east of UTC may rightly write tomorrow's date.
            if (page.Meta.LastReviewed is { } last && last.DayNumber - options.Today.DayNumber > 1)
            {
                diagnostics.Error(DiagnosticCodes.ReviewedInTheFuture, page.Meta.LastReviewedLocation ?? page.Meta.ReviewLocation,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"last_reviewed is {last:yyyy-MM-dd}, after today ({options.Today:yyyy-MM-dd}); a page cannot have been reviewed in the future, so write the day the review was done"));
                continue;
            }

            if (page.Meta.NextReviewDue is not { } due)
            {
                continue;
            }

            var days = due.DayNumber - options.Today.DayNumber;
            var date = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (days < 0)
            {
                diagnostics.Report(options.AllowOverdue ? Severity.Warning : Severity.Error, DiagnosticCodes.ReviewOverdue, page.Meta.ReviewLocation,
                    $"this page's review was due on {date}; review the whole page and update last_reviewed (and next_review), or build with --allow-overdue for local work");
            }
            else if (days <= ReviewWarningDays)
            {
                diagnostics.Warning(DiagnosticCodes.ReviewDueSoon, page.Meta.ReviewLocation,
                    $"this page's next review is due on {date}, in {days} days; plan the review so the page does not go out of date");
            }
        }
    }

    private static void CheckSlugs(IReadOnlyList<ContentPage> chapters, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, ContentPage>(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            var at = SourceLocation.StartOf(chapter.File.DisplayPath);
            if (SitePaths.ReservedSlugs.Contains(chapter.Slug))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateSlug, at,
                    $"the slug '{chapter.Slug}' is used by the site itself (/{chapter.Slug}/); rename the file");
            }
            else if (!seen.TryAdd(chapter.Slug, chapter))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateSlug, at,
                    $"the slug '{chapter.Slug}' is also used by '{seen[chapter.Slug].File.DisplayPath}'; two chapters cannot share a URL, so rename one file");
            }
        }
    }

    private static void CheckGlossary(IReadOnlyList<GlossaryTerm> terms, DiagnosticBag diagnostics)
    {
        var owner = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            foreach (var (name, location) in term.Aliases.Select(a => (a.Value, a.Location)).Prepend((term.Term, term.Location)))
            {
                var key = NameKey(name);
                if (owner.TryGetValue(key, out var other))
                {
                    var what = other == term ? $"is listed twice for '{term.Term}'" : $"is already used by the term '{other.Term}'";
                    diagnostics.Error(DiagnosticCodes.DuplicateGlossaryName, location,
                        $"'{name}' {what}; each term and alias must name exactly one entry");
                }
                else
                {
                    owner[key] = term;
                }
            }
        }

        // Each term's address on the glossary page (#term-slug) must be its own.
        var bySlug = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (term.Slug.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.DuplicateGlossaryName, term.Location,
                    $"'{term.Term}' has no letters a-z or digits to make its address on the glossary page from; spell the term with some");
            }
            else if (!bySlug.TryAdd(term.Slug, term) && !string.Equals(NameKey(bySlug[term.Slug].Term), NameKey(term.Term), StringComparison.OrdinalIgnoreCase))
            {
                // Two entries with one name were reported above; these are two names with one address.
                diagnostics.Error(DiagnosticCodes.DuplicateGlossaryName, term.Location,
                    $"'{term.Term}' gets the same address on the glossary page (#{term.AnchorId}) as '{bySlug[term.Slug].Term}'; make the two terms differ in their letters or digits, or make one an alias of the other");
            }
        }

        foreach (var term in terms)
        {
            foreach (var see in term.SeeAlso)
            {
                if (owner.TryGetValue(see.Value, out var named) && named == term)
                {
                    // Terms may point at each other (A -> B -> A is a fair cross-reference); pointing at itself leads the reader nowhere.
                    diagnostics.Error(DiagnosticCodes.SeeAlsoItself, see.Location,
                        $"'{term.Term}' lists itself in see_also ('{see.Value}'); name other terms the reader should look at, or remove see_also");
                }
                else if (!owner.ContainsKey(see.Value))
                {
                    var hint = Suggest.Nearest(see.Value, terms.Select(t => t.Term)) is { } near ? $"did you mean '{near}'? " : "";
                    diagnostics.Error(DiagnosticCodes.UnknownSeeAlso, see.Location,
                        $"see_also names '{see.Value}', which is not a glossary term; {hint}use a term exactly as written after 'term:'");
                }
            }
        }
    }

    private static void CheckFaq(HandbookContent content, DiagnosticBag diagnostics)
    {
        var chapterFiles = content.Chapters.Select(c => Path.GetFileName(c.File.FullPath)).ToHashSet(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in content.Faq)
        {
            if (entry.Id.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.DuplicateFaqId, entry.Location,
                    "this entry's address on the FAQ page is made from letters a-z and digits in its question or 'id:', and it has none; give it an 'id:' such as 'id: fever-after-treatment'");
            }
            else if (LayoutIds.IsReserved(entry.Id))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateFaqId, entry.Location,
                    $"the id '{entry.Id}' is one the FAQ page uses itself (#{entry.Id}), so links to this entry would land elsewhere; give it an 'id:' of its own");
            }
            else if (!ids.Add(entry.Id))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateFaqId, entry.Location,
                    $"another FAQ entry already has the id '{entry.Id}'; give this one its own 'id:'");
            }

            foreach (var related in entry.Related)
            {
                if (!chapterFiles.Contains(related.Value))
                {
                    var hint = Suggest.Nearest(related.Value, chapterFiles) is { } near ? $"did you mean '{near}'? " : "";
                    diagnostics.Error(DiagnosticCodes.UnknownRelatedChapter, related.Location,
                        $"related chapter '{related.Value}' does not exist; {hint}use a file name from chapters/");
                }
            }
        }
    }

    private static void CheckRedirects(HandbookContent content, DiagnosticBag diagnostics)
    {
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in content.Pages)
        {
            taken.TryAdd(page.UrlPath, page.File.DisplayPath);
        }

        foreach (var page in content.Pages)
        {
            foreach (var alias in page.Meta.Aliases)
            {
                var from = SitePaths.RedirectPath(alias.Value);
                if (!taken.TryAdd(from, page.File.DisplayPath))
                {
                    diagnostics.Error(DiagnosticCodes.DuplicateRedirect, alias.Location,
                        $"the old URL '{alias.Value}' already belongs to '{taken[from]}'; an address can lead to one page only");
                }
            }
        }
    }

    /// <summary>A glossary name as the reader would tell it apart: runs of spaces count as one.</summary>
    private static string NameKey(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
