using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Site;

namespace OmsHandbook.Pipeline;

/// <summary>
/// Stage 1 (whole site): reads every input file once into typed content, reporting every problem it
/// finds. For a first look (<see cref="BuildScope.Saved"/>) it reads only the saved pages again, over
/// what the last good build loaded.
/// </summary>
/// <param name="memo">Chapters read before, by their text (the preview's); null reads every file afresh.</param>
public sealed class LoadStage(Memo<LoadedPage>? memo = null) : ISiteStage<HandbookContent?, HandbookContent?>
{
    /// <param name="lastGood">What the last good build loaded (the preview's); a first look needs it.</param>
    /// <returns>Null when the input cannot make a site, or a first look cannot stand for a whole load.</returns>
    public HandbookContent? Run(HandbookContent? lastGood, BuildContext context) =>
        context.Scope.SavedFiles is { } saved ? ReadSaved(context, lastGood, saved) : ReadAll(context);

    private HandbookContent? ReadAll(BuildContext context)
    {
        var diagnostics = context.Diagnostics;
        if (!Directory.Exists(context.Options.InputDirectory))
        {
            diagnostics.Error(DiagnosticCodes.InputMissing, SourceLocation.StartOf(InputFolder.Display(Path.GetFullPath(context.Options.InputDirectory))),
                "the input folder does not exist; run from the repository root or pass --input DIR");
            return null;
        }

        var input = new InputFolder(context.Options.InputDirectory, diagnostics, context.Options.ListFilesInReverse);
        var referencesFile = ReadOptional(input, ReferenceLoader.FileName);
        var references = referencesFile is null ? [] : ReferenceLoader.Load(referencesFile, diagnostics);
        var media = MediaFiles(input);
        var main = ReadEdition(input, "", context, references, media, figures: null);
        var translations = TranslationFolders(input)
            .Select(folder => ReadEdition(input, folder + "/", context, references, media, main?.Figures))
            .ToList();
        LeadWithTheCause(input, diagnostics,
            (GlossaryLoader.FileName, [DiagnosticCodes.UnknownGlossaryTerm, DiagnosticCodes.UnknownSeeAlso]),
            (ReferenceLoader.FileName, [DiagnosticCodes.UnknownCitation]));
        if (main is null || translations.Any(t => t is null))
        {
            return null;
        }

        return main with { Translations = translations.Select(t => Paired(t!, main)).ToList() };
    }

    /// <summary>
    /// One edition: input/ itself, or a translation in a folder of it ("es/") with the same shape.
    /// The bibliography and the media are the first edition's, shared by every edition (and published once).
    /// </summary>
    /// <param name="folder">"" for the first edition; the translation's folder with a slash ("es/").</param>
    /// <param name="figures">The first edition's SVG figures, for a translation; null reads them from the media.</param>
    private HandbookContent? ReadEdition(InputFolder input, string folder, BuildContext context, IReadOnlyList<Reference> references, IReadOnlyList<MediaFile> media,
        IReadOnlyDictionary<string, SvgFigure>? figures)
    {
        var diagnostics = context.Diagnostics;
        var site = ReadRequired(input, folder + SiteConfigLoader.FileName, diagnostics) is { } siteFile
            ? SiteConfigLoader.Load(siteFile, diagnostics)
            : null;
        var home = ReadRequired(input, folder + PageLoader.HomeFile, diagnostics) is { } homeFile
            ? PageLoader.LoadHome(homeFile, diagnostics)
            : null;

        var chapters = ChapterFiles(input, folder)
            .AsParallel().AsOrdered()
            .WithCancellation(context.Cancellation)
            .Select(relative => input.Read(relative) is not { } file ? null : LoadChapter(file, diagnostics))
            .OfType<ContentPage>()
            .ToList();

        var faqFile = ReadOptional(input, folder + FaqLoader.FileName);
        var glossaryFile = ReadOptional(input, folder + GlossaryLoader.FileName);
        var synonymsFile = ReadOptional(input, folder + SynonymLoader.FileName);
        var faq = faqFile is null ? [] : FaqLoader.Load(faqFile, diagnostics);
        var glossary = glossaryFile is null ? [] : GlossaryLoader.Load(glossaryFile, diagnostics);
        var synonyms = synonymsFile is null ? [] : SynonymLoader.Load(synonymsFile, diagnostics);
        if (site is null || home is null)
        {
            return null;
        }

        // Every page's address starts with these; written once as valid URLs (site.yml may say "exämple.org" or "{...}").
        var baseUrl = context.Options.BaseUrlOverride?.TrimEnd('/') ?? site.BaseUrl;
        var paths = folder.Length == 0 ? EditionPaths.Main : EditionPaths.Under(folder);
        site = site with { BaseUrl = Href.Encode(baseUrl), Repository = site.Repository is null ? null : Href.Encode(site.Repository), Paths = paths };
        chapters = chapters.Select(c => c with { Root = paths.Root }).ToList();
        return new HandbookContent(site, home with { Root = paths.Root }, ChapterOrder.Apply(chapters, site.Navigation, diagnostics), faq, glossary, references,
            media, faqFile ?? Placeholder(input, folder + FaqLoader.FileName), glossaryFile ?? Placeholder(input, folder + GlossaryLoader.FileName))
        {
            Synonyms = synonyms,
            Figures = figures ?? Figures(input, media, site.FigureMaxBytes, diagnostics),
        };
    }

    /// <summary>Folders of the input that hold a site.yml of their own: each is a translation, published under its name.</summary>
    private static IEnumerable<string> TranslationFolders(InputFolder input) =>
        Directory.EnumerateDirectories(input.Root)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => input.Exists(name + "/" + SiteConfigLoader.FileName))
            .Order(StringComparer.Ordinal);

    /// <summary>A translation whose pages know the first edition's slug of the page each translates (the footer and the language switcher pair them by it).</summary>
    private static HandbookContent Paired(HandbookContent translation, HandbookContent main)
    {
        var originals = main.Chapters.ToDictionary(c => Path.GetFileName(c.File.FullPath), c => c.Slug, StringComparer.Ordinal);
        ContentPage Pair(ContentPage page) =>
            page.Meta.TranslationOf is { } of && originals.TryGetValue(of.Value, out var slug) ? page with { OriginalSlug = slug } : page;
        return translation with { Home = translation.Home with { OriginalSlug = "" }, Chapters = translation.Chapters.Select(Pair).ToList() };
    }

    /// <summary>
    /// The last good build's content with only the saved home page and chapter files read again.
    /// Null when that cannot stand for a whole load: no good build yet, or a saved file that is not
    /// one of those pages (new, deleted or renamed files, data files, media) or no longer reads as one.
    /// </summary>
    /// <param name="changedFiles">Full paths, as the previous build's input files name them.</param>
    private HandbookContent? ReadSaved(BuildContext context, HandbookContent? previous, IReadOnlySet<string> changedFiles)
    {
        if (previous is null)
        {
            return null;
        }

        var pages = previous.Pages.ToDictionary(p => p.File.FullPath, StringComparer.Ordinal);
        if (changedFiles.Count == 0 || !changedFiles.All(pages.ContainsKey))
        {
            return null;
        }

        var input = new InputFolder(context.Options.InputDirectory, context.Diagnostics);
        var home = previous.Home;
        var chapters = previous.Chapters.ToList();
        foreach (var path in changedFiles)
        {
            var before = pages[path];
            var isHome = before == previous.Home;
            var page = input.Read(before.File.RelativePath) is not { } file ? null
                : isHome ? PageLoader.LoadHome(file, context.Diagnostics)
                : LoadChapter(file, context.Diagnostics);
            if (page is null || context.Diagnostics.HasErrors)
            {
                return null;
            }

            if (isHome)
            {
                home = page;
            }
            else
            {
                chapters[chapters.IndexOf(before)] = page;
            }
        }

        // A new order or slug in the front matter moves the chapter.
        return previous with { Home = home, Chapters = ChapterOrder.Apply(chapters, previous.Site.Navigation, context.Diagnostics) };
    }

    /// <summary>Reads a chapter, or hands back the memo's reading of the same text with what it reported.</summary>
    private ContentPage? LoadChapter(InputFile file, DiagnosticBag diagnostics)
    {
        if (memo is null)
        {
            return PageLoader.LoadChapter(file, diagnostics);
        }

        var loaded = memo.GetOrMake(MemoKeys.File(file), () =>
        {
            var found = new DiagnosticBag();
            return new LoadedPage(PageLoader.LoadChapter(file, found), found.Sorted());
        });
        diagnostics.AddRange(loaded.Found);
        return loaded.Page;
    }

    /// <summary>
    /// A data file that did not load whole would make every use of it look wrong; its own errors say
    /// what to fix, so the errors it would cause elsewhere are not reported.
    /// </summary>
    private static void LeadWithTheCause(InputFolder input, DiagnosticBag diagnostics, params (string File, string[] Consequences)[] dataFiles)
    {
        foreach (var (file, consequences) in dataFiles)
        {
            // Named as the file's own messages name it, whether it was unreadable or read with errors.
            if (diagnostics.HasErrorsIn(InputFolder.Display(input.PathOf(file))))
            {
                diagnostics.Silence(consequences);
            }
        }
    }

    private static InputFile? ReadRequired(InputFolder input, string relative, DiagnosticBag diagnostics)
    {
        if (input.Exists(relative))
        {
            return input.Read(relative);
        }

        diagnostics.Error(DiagnosticCodes.InputMissing, SourceLocation.StartOf(InputFolder.Display(input.PathOf(relative))),
            $"'{relative}' is missing from the input folder; every handbook needs one (see docs/diagnostics.md#{DiagnosticCodes.InputMissing.ToLowerInvariant()})");
        return null;
    }

    private static InputFile? ReadOptional(InputFolder input, string relative) =>
        input.Exists(relative) ? input.Read(relative) : null;

    private static InputFile Placeholder(InputFolder input, string relative) =>
        new(input.PathOf(relative), InputFolder.Display(input.PathOf(relative)), "") { RelativePath = relative };

    private static IEnumerable<string> ChapterFiles(InputFolder input, string folder) =>
        input.Files(folder + PageLoader.ChapterFolder, "*.md", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal);

    /// <summary>Every SVG under input/media, held to the figure rules whether or not a page shows it yet.</summary>
    private static IReadOnlyDictionary<string, SvgFigure> Figures(InputFolder input, IReadOnlyList<MediaFile> media, int maxBytes, DiagnosticBag diagnostics) =>
        media
            .Where(m => m.RelativePath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            .Select(m => input.Read("media/" + m.RelativePath) is { } file ? SvgFigureReader.Read(file, m.RelativePath, maxBytes, diagnostics) : null)
            .OfType<SvgFigure>()
            .ToDictionary(f => f.RelativePath, StringComparer.Ordinal);

    private static IReadOnlyList<MediaFile> MediaFiles(InputFolder input) =>
        input.Files("media", "*", SearchOption.AllDirectories)
            .Select(relative => new MediaFile(input.PathOf(relative), relative["media/".Length..]))
            .OrderBy(m => m.RelativePath, StringComparer.Ordinal)
            .ToList();
}
