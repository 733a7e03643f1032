using System.Collections.Frozen;

namespace OmsHandbook.Core;

/// <summary>
/// Every code the generator can emit. docs/diagnostics.md explains each one; a test keeps the two in step.
/// </summary>
public static class DiagnosticCodes
{
    // 00xx: the command line and the input folder.
    public const string InputMissing = "OMS0001";
    public const string FileUnreadable = "OMS0002";
    public const string NotARegularFile = "OMS0003";
    public const string InternalError = "OMS0004";

    // 01xx: loading files.
    public const string MalformedYaml = "OMS0101";
    public const string UnclosedFrontMatter = "OMS0102";
    public const string MissingField = "OMS0103";
    public const string InvalidValue = "OMS0104";
    public const string InvalidDate = "OMS0105";
    public const string UnknownField = "OMS0106";
    public const string BadChapterFileName = "OMS0107";
    public const string EmptyFile = "OMS0108";
    public const string ControlCharacter = "OMS0109";
    public const string SvgUnreadable = "OMS0110";
    public const string SvgUnsafe = "OMS0111";
    public const string SvgWithoutTitle = "OMS0112";
    public const string SvgTooLarge = "OMS0113";

    // 02xx: content rules across files.
    public const string DuplicateSlug = "OMS0201";
    public const string DuplicateGlossaryName = "OMS0202";
    public const string UnknownSeeAlso = "OMS0203";
    public const string DuplicateFaqId = "OMS0204";
    public const string UnknownRelatedChapter = "OMS0205";
    public const string UnknownNavigationEntry = "OMS0206";
    public const string ReviewDatesOutOfOrder = "OMS0207";
    public const string DuplicateRedirect = "OMS0208";
    public const string ReviewDueSoon = "OMS0209";
    public const string ReviewOverdue = "OMS0210";
    public const string SeeAlsoItself = "OMS0211";
    public const string ReviewedInTheFuture = "OMS0212";
    public const string UnknownUrgentHelpPage = "OMS0213";
    public const string SynonymGroupTooSmall = "OMS0214";
    public const string DuplicateSynonym = "OMS0215";
    public const string TranslationUnpaired = "OMS0216";
    public const string TranslationBehind = "OMS0217";
    public const string TranslationFolderClash = "OMS0218";

    // 03xx: Markdown.
    public const string LinkToMissingPage = "OMS0301";
    public const string LinkToMissingHeading = "OMS0302";
    public const string UnknownCitation = "OMS0303";
    public const string UnknownGlossaryTerm = "OMS0304";
    public const string InvalidCareCard = "OMS0305";
    public const string RawHtml = "OMS0306";
    public const string MissingImage = "OMS0307";
    public const string MissingAltText = "OMS0308";
    public const string NestingTooDeep = "OMS0309";
    public const string UnsafeLink = "OMS0310";
    public const string LinkOutsideInput = "OMS0311";
    public const string CareCardWording = "OMS0312";
    public const string InvalidPrintable = "OMS0313";
    public const string InvalidKeyPoints = "OMS0314";

    // 04xx: checks over the written HTML.
    public const string BrokenLink = "OMS0401";
    public const string BrokenFragment = "OMS0402";
    public const string DuplicateId = "OMS0403";
    public const string WrongH1Count = "OMS0404";
    public const string SkippedHeadingLevel = "OMS0405";
    public const string MissingPageMetadata = "OMS0406";
    public const string ImageWithoutAlt = "OMS0407";

    // 05xx: writing the output.
    public const string OutputNotWritten = "OMS0501";
    public const string OutputFolderRefused = "OMS0502";
    public const string OutputInUse = "OMS0503";

    // 06xx: the words themselves (readability and content lint).
    public const string HardToRead = "OMS0601";
    public const string KnownWrongClaim = "OMS0602";
    public const string UncitedFigure = "OMS0603";
    public const string DoseOnFamilyPage = "OMS0604";
    public const string UrgencyOffScale = "OMS0605";
    public const string BelowReadingEaseFloor = "OMS0606";

    // 07xx: the preview server.
    public const string NetlifyConfigUnreadable = "OMS0701";

    /// <summary>
    /// Warnings `check --strict` lets through: a translation that fell behind tells its readers so on
    /// the page, and an English fix must never wait for a translator.
    /// </summary>
    public static readonly IReadOnlySet<string> NotBlockingUnderStrict = new[] { TranslationBehind }.ToFrozenSet(StringComparer.Ordinal);
}
