using System.Globalization;

namespace OmsHandbook.Theme.Text;

/// <summary>
/// Every word the site shows that the handbook's own files do not: the theme's labels, the pages the
/// generator makes, the notices. One instance per language; a missing string is a compile error, not
/// an English word on a Spanish page.
/// </summary>
/// <remarks>
/// Templates hold "{0}"-style holes and are filled with <see cref="Format"/>, culture-invariant, so a
/// build says the same on every machine. Dates use <see cref="MonthNames"/>, never the machine's
/// culture data.
/// </remarks>
public sealed record UiText
{
    /// <summary>The language's primary subtag: "en", "es".</summary>
    public required string Language { get; init; }

    /// <summary>The language's own name for itself, as a language switcher names it: "English", "Español".</summary>
    public required string LanguageName { get; init; }

    /// <summary>January to December, as a date in running text writes them.</summary>
    public required IReadOnlyList<string> MonthNames { get; init; }

    /// <summary>A long date: {0} the day, {1} the month's name, {2} the year.</summary>
    public required string LongDate { get; init; }

    // Every page
    public required string SkipLink { get; init; }
    public required string SiteLinksLabel { get; init; }
    public required string QuestionsLink { get; init; }
    public required string GlossaryLink { get; init; }
    public required string DarkMode { get; init; }
    public required string SearchLabel { get; init; }
    public required string SearchButton { get; init; }
    public required string ChaptersLabel { get; init; }
    public required string HomeLink { get; init; }
    public required string UrgentHelpLink { get; init; }
    public required string Disclaimer { get; init; }
    public required string GiveFeedback { get; init; }
    public required string AboutLink { get; init; }
    public required string AccessibilityLink { get; init; }
    public required string PrintLink { get; init; }

    /// <summary>Names a toggletip: {0} the term.</summary>
    public required string MeaningOf { get; init; }
    public required string FullGlossaryEntry { get; init; }

    // Chapters and the home page
    public required string OnThisPage { get; init; }
    public required string PreviousAndNext { get; init; }
    public required string Previous { get; init; }
    public required string Next { get; init; }

    /// <summary>Read after "Previous" or "Next" by screen readers only, so the label says what it leads to.</summary>
    public required string ChapterHidden { get; init; }
    public required string WrittenFor { get; init; }
    public required string ForFamilies { get; init; }
    public required string ForClinicians { get; init; }
    public required string ForEveryone { get; init; }
    public required string AwaitingReviewShort { get; init; }
    public required string ReadHowChecked { get; init; }
    public required string EditThisPage { get; init; }
    public required string EditThisPageNote { get; init; }
    public required string Sources { get; init; }

    /// <summary>A citation's accessible name: {0} the source's number.</summary>
    public required string SourceNumber { get; init; }

    /// <summary>A table's accessible name: {0} its column headings; <see cref="TableUnnamed"/> when it has none.</summary>
    public required string TableNamed { get; init; }
    public required string TableUnnamed { get; init; }
    public required string NonUrgentCard { get; init; }
    public required string UrgentCard { get; init; }
    public required string EmergencyCard { get; init; }

    // Review dates
    public required string LastUpdated { get; init; }
    public required string NextEditorsCheck { get; init; }
    public required string AwaitingReview { get; init; }
    public required string LastReviewed { get; init; }
    public required string NextReviewDue { get; init; }

    /// <summary>{0} the clinician's name and role.</summary>
    public required string ReviewedBy { get; init; }

    // Questions and answers, glossary
    public required string FaqTitle { get; init; }

    /// <summary>{0} the condition's name.</summary>
    public required string FaqDescription { get; init; }
    public required string QuestionsOnThisPage { get; init; }
    public required string ReadMore { get; init; }
    public required string GlossaryTitle { get; init; }

    /// <summary>{0} the handbook's title.</summary>
    public required string GlossaryDescription { get; init; }
    public required string GlossaryLetters { get; init; }
    public required string TermsStartingWith { get; init; }
    public required string AlsoCalled { get; init; }
    public required string SeeAlso { get; init; }
    public required string UsedIn { get; init; }

    /// <summary>Joins the last page of "Used in" to the link for the rest.</summary>
    public required string AndMore { get; init; }

    /// <summary>{0} how many more pages use the term.</summary>
    public required string MorePages { get; init; }
    public required string QuestionPrefix { get; init; }

    // Contents, print edition, search, 404
    public required string ContentsTitle { get; init; }

    /// <summary>{0} the handbook's title.</summary>
    public required string ContentsDescription { get; init; }

    /// <summary>{0} how many chapters.</summary>
    public required string AllChapters { get; init; }
    public required string PrintTitle { get; init; }

    /// <summary>{0} the handbook's title.</summary>
    public required string PrintDescription { get; init; }

    /// <summary>{0} the handbook's title, {1} how many parts.</summary>
    public required string PrintPartsDescription { get; init; }

    /// <summary>{0} the print edition's title, {1} the part, {2} how many parts.</summary>
    public required string PrintPartTitle { get; init; }

    /// <summary>{0} the part, {1} the handbook's title.</summary>
    public required string PrintPartDescription { get; init; }

    /// <summary>{0} the part, {1} how many parts, {2} its first chapter, {3} its last.</summary>
    public required string PrintPartLink { get; init; }
    public required string PrintInParts { get; init; }
    public required string PrintContents { get; init; }
    public required string SearchTitle { get; init; }

    /// <summary>{0} the handbook's title.</summary>
    public required string SearchDescription { get; init; }
    public required string SearchFor { get; init; }
    public required string BrowseAtoZ { get; init; }
    public required string LettersAtoZ { get; init; }
    public required string EntriesStartingWith { get; init; }
    public required string ListedSections { get; init; }
    public required string ListedPages { get; init; }
    public required string ChapterWhere { get; init; }

    /// <summary>An alias in the A to Z: {0} where it is ("Glossary"), {1} the term it stands for.</summary>
    public required string AliasWhere { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundDescription { get; init; }
    public required string NotFoundSorry { get; init; }
    public required string NotFoundTry { get; init; }
    public required string HomePageLink { get; init; }

    // What the search script says (see SearchMessages): {0} a count, a query, a link or a list.
    public required string SearchResultsLabel { get; init; }
    public required string SearchOneResult { get; init; }
    public required string SearchResults { get; init; }
    public required string SearchQuoted { get; init; }
    public required string SearchSeeAll { get; init; }
    public required string SearchUnavailable { get; init; }
    public required string SearchUnavailableBrowse { get; init; }
    public required string SearchNoResults { get; init; }
    public required string SearchDidYouMeanList { get; init; }
    public required string SearchDidYouMean { get; init; }
    public required string SearchOr { get; init; }
    public required string SearchOrBrowseAtoZ { get; init; }
    public required string SearchOrBrowse { get; init; }
    public required string SearchTheAtoZBelow { get; init; }
    public required string SearchChooseOne { get; init; }
    public required string SearchCountFor { get; init; }

    // The offline copy (site.js shows these; the about page explains the copy)
    public required string OfflineUpdateReady { get; init; }
    public required string OfflineReload { get; init; }

    /// <summary>{0} the day the copy was saved.</summary>
    public required string OfflineSaved { get; init; }

    /// <summary>{0} the page's next review date.</summary>
    public required string OfflineOverdue { get; init; }
    public required string OfflineTitle { get; init; }
    public required string OfflineExplained { get; init; }
    public required string OfflineLarge { get; init; }

    /// <summary>{0} about how much the copy takes, as the browser says it.</summary>
    public required string OfflineSize { get; init; }
    public required string OfflineRemove { get; init; }
    public required string OfflineRemoved { get; init; }

    // Editions
    /// <summary>What the switcher says when the page has no translation: it leads to that edition's home page.</summary>
    public required string NotTranslatedYet { get; init; }

    /// <summary>Names the switcher's navigation landmark.</summary>
    public required string OtherLanguages { get; init; }

    /// <summary>{0} a link to the page translated, {1} the date of the text it was translated from.</summary>
    public required string TranslationOf { get; init; }
    /// <summary>{0} a link to the page translated, for pages without a date (the FAQ, the glossary).</summary>
    public required string TranslationOfUndated { get; init; }
    public required string TranslationOfLinkText { get; init; }
    public required string TranslationUnchecked { get; init; }
    public required string TranslationBehind { get; init; }

    /// <summary>The text with its holes filled, culture-invariant.</summary>
    public static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);

    /// <summary>A date in running text, from this language's own month names: "4 December 2026", "4 de diciembre de 2026".</summary>
    public string Date(DateOnly date) =>
        Format(LongDate, date.Day, MonthNames[date.Month - 1], date.Year);

    /// <summary>A count in running text: "1,000" in English; Spanish groups only from five digits, with a space ("1000", "10 000").</summary>
    public string Count(int number) => Language == "es"
        ? number < 10_000 ? number.ToString(CultureInfo.InvariantCulture) : number.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '\u00A0')
        : number.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The table for a language tag ("en-GB", "es", "es-419"), by its primary subtag; English when there is none for it.</summary>
    public static UiText For(string languageTag)
    {
        var primary = languageTag.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary == "es" ? SpanishText.Table : EnglishText.Table;
    }
}
