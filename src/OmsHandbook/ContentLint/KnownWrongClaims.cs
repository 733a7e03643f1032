using System.Text.RegularExpressions;
using OmsHandbook.Core;

namespace OmsHandbook.ContentLint;

/// <summary>
/// The weak or wrong claims listed in the content brief ("Claims in web articles that are weak or
/// wrong"), each as a pattern the build rejects wherever it appears, in each language the build reads.
/// The patterns match the claim as asserted, so the correction ("seizures are not a typical feature")
/// passes. The messages stay in English, for the maintainers, whatever the language of the page.
/// </summary>
public static partial class KnownWrongClaims
{
    // Generated at compile time: no start-up cost, and many times faster than the interpreter over
    // every paragraph of a large handbook.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const int TimeoutMs = 1000;

    // What is wrong with each claim and what to write instead: the same in every language.
    private static readonly (string Why, string Instead) SeizuresTypical = (
        "seizures are not a typical feature of OMS; the jerks are myoclonus, not epileptic seizures",
        "say that seizures are not a typical feature, and cite rossor2022 or nord");

    private static readonly (string Why, string Instead) AntiSeizureMedicineTreats = (
        "OMS is treated with immunotherapy and, where needed, tumour treatment; anti-seizure medicines do not treat OMS itself",
        "describe immunotherapy as the treatment, citing rossor2022");

    private static readonly (string Why, string Instead) AnticonvulsantTreats = (
        "anti-seizure medicines are not a treatment for OMS itself",
        "describe immunotherapy as the treatment, citing rossor2022");

    private static readonly (string Why, string Instead) TenMillion = (
        "the incidence in the UK study was 0.18 per million people a year (about 1 in 5.5 million), and Orphanet gives about 1 in 5,000,000",
        "use the figure from pang2010 or orphanet");

    private static readonly (string Why, string Instead) EightyPerCent = (
        "modern series find a tumour in about 40 to 50 in 100 children with OMS",
        "use the figure from pranzatelli2017 or brunklaus2012");

    private static readonly (string Why, string Instead) BrainTumour = (
        "neuroblastomas grow in the chest, tummy (abdomen) or pelvis, not in the brain",
        "say where the tumours are found, citing nord");

    private static readonly (string Why, string Instead) Nystagmus = (
        "opsoclonus is not nystagmus: nystagmus has a slow drift, opsoclonus has none",
        "explain the difference, citing novel");

    private static readonly (string Why, string Instead) SurgeryIsEnough = (
        "removing the tumour alone is not enough for most children; in the largest series it was insufficient in 58%",
        "say that immune treatment is still needed, citing pranzatelli2017");

    private static readonly (string Why, string Instead) NormalTestsExclude = (
        "urine tests and MIBG scans can miss small tumours; CT or MRI is more sensitive",
        "say that a normal result does not rule a tumour out, citing brunklaus2012 or storz2019");

    private static readonly (string Why, string Instead) InheritedCondition = (
        "OMS is not inherited",
        "say that OMS is not inherited, citing orphanet");

    private static readonly (string Why, string Instead) VaccinesAreTheCause = (
        "no vaccine has been shown to cause OMS; only timing coincidences are reported",
        "say that vaccines have not been shown to cause OMS, citing brunklaus2011");

    private static readonly (string Why, string Instead) HonCodeBadge = (
        "the HONcode service closed on 15 December 2022; its badge no longer shows anything",
        "describe our own editorial policy instead");

    private static readonly (string Why, string Instead) AiAnswerSite = (
        "AI-generated answer sites are not citable sources",
        "cite the primary study or consensus paper");

    public static IReadOnlyList<KnownWrongClaim> English { get; } =
    [
        Claim(SeizuresCommon(), ["seizure", "fits", "epilepsy"], SeizuresTypical),
        Claim(AntiSeizureMedicineAsTreatment(), ["valpro", "lamotrigine", "levetiracetam", "anticonvulsant", "seizure", "epileptic"], AntiSeizureMedicineTreats),
        Claim(AnticonvulsantTreatment(), ["anticonvulsant"], AnticonvulsantTreats),
        Claim(OneInTenMillion(), ["million", "10,000,000"], TenMillion),
        Claim(EightyInHundredHaveTumour(), ["neuroblastoma"], EightyPerCent),
        Claim(TumourInTheBrain(), ["brain"], BrainTumour),
        Claim(CalledNystagmus(), ["nystagmus"], Nystagmus),
        Claim(SurgeryCures(), ["tumo", "surgery"], SurgeryIsEnough),
        Claim(NormalTestsRuleOut(), ["urine", "mibg"], NormalTestsExclude),
        Claim(Inherited(), ["inherited", "hereditary", "genetic", "passed", "handed"], InheritedCondition),
        Claim(VaccinesCause(), ["vaccin"], VaccinesAreTheCause),
        Claim(HonCode(), ["honcode"], HonCodeBadge),
        Claim(DrOracle(), ["droracle"], AiAnswerSite),
    ];

    /// <summary>Every English claim as Spanish writes it, in the same order.</summary>
    public static IReadOnlyList<KnownWrongClaim> Spanish { get; } =
    [
        Claim(SpanishSeizuresCommon(), ["convuls", "epil"], SeizuresTypical),
        Claim(SpanishAntiSeizureMedicineAsTreatment(), ["valpro", "lamotrigin", "levetiracetam", "convuls", "epil", "crisis"], AntiSeizureMedicineTreats),
        Claim(SpanishAnticonvulsantTreatment(), ["anticonvuls", "antiepil"], AnticonvulsantTreats),
        Claim(SpanishOneInTenMillion(), ["millon", "000"], TenMillion),
        Claim(SpanishEightyInHundredHaveTumour(), ["neuroblastoma"], EightyPerCent),
        Claim(SpanishTumourInTheBrain(), ["cerebr"], BrainTumour),
        Claim(SpanishCalledNystagmus(), ["nistagm"], Nystagmus),
        Claim(SpanishSurgeryCures(), ["tumor", "cirug", "operaci"], SurgeryIsEnough),
        Claim(SpanishNormalTestsRuleOut(), ["orina", "mibg"], NormalTestsExclude),
        Claim(SpanishInherited(), ["hered", "genétic", "genetic", "padres", "progenitores"], InheritedCondition),
        Claim(SpanishVaccinesCause(), ["vacun"], VaccinesAreTheCause),
        Claim(HonCode(), ["honcode"], HonCodeBadge),
        Claim(DrOracle(), ["droracle"], AiAnswerSite),
    ];

    /// <summary>The claims as an edition in that language would make them.</summary>
    public static IReadOnlyList<KnownWrongClaim> For(ProseLanguage language) => language == ProseLanguage.Spanish ? Spanish : English;

    private static KnownWrongClaim Claim(Regex pattern, string[] keywords, (string Why, string Instead) fix) => new(pattern, keywords, fix.Why, fix.Instead);

    [GeneratedRegex(@"\b(?:seizures?|fits|epilepsy)(?:\s*\([^)]*\))?\s+(?:are|is)\s+(?:an?\s+|the\s+)?(?:very\s+|quite\s+)?(?:common|typical|usual|frequent|main|key)\b", Options, TimeoutMs)]
    private static partial Regex SeizuresCommon();

    [GeneratedRegex(@"\b(?:valproate|valproic acid|sodium valproate|lamotrigine|levetiracetam|anticonvulsants?|anti-?seizure (?:medicines?|medications?|drugs?)|anti-?epileptic (?:medicines?|drugs?))\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?:standard|usual|main|first-line|recommended|best|effective)\s+(?:treatments?|therapy|therapies)\b", Options, TimeoutMs)]
    private static partial Regex AntiSeizureMedicineAsTreatment();

    [GeneratedRegex(@"\banticonvulsant (?:treatment|therapy)\b", Options, TimeoutMs)]
    private static partial Regex AnticonvulsantTreatment();

    [GeneratedRegex(@"\b(?:1|one)\s+in\s+(?:10\s*million|ten\s+million|10,000,000)\b", Options, TimeoutMs)]
    private static partial Regex OneInTenMillion();

    [GeneratedRegex(@"\bneuroblastomas?\s+(?:is\s+|are\s+)?(?:found|present|seen)\s+in\s+(?:about\s+|around\s+)?(?:80|eighty)\s*(?:%|per\s*cent)|\b(?:80|eighty)\s*(?:%|per\s*cent)\s+of\s+(?:\w+\s+){0,4}(?:have|had|has)\s+(?:an?\s+)?neuroblastoma", Options, TimeoutMs)]
    private static partial Regex EightyInHundredHaveTumour();

    [GeneratedRegex(@"\bneuroblastomas?\s+(?:is|are)\s+(?:an?\s+)?(?:\w+\s+)?(?:cancers?|tumou?rs?)\s+(?:of|in)\s+the\s+brain\b|\bneuroblastomas?\b[^.]{0,40}\bbrain\s+(?:cancers?|tumou?rs?)\b", Options, TimeoutMs)]
    private static partial Regex TumourInTheBrain();

    [GeneratedRegex(@"\b(?:also\s+)?(?:called|known\s+as)\s+nystagmus\b", Options, TimeoutMs)]
    private static partial Regex CalledNystagmus();

    [GeneratedRegex(@"\b(?:removing|taking\s+out|removal\s+of)\s+the\s+tumou?r\s+(?:will\s+|always\s+|usually\s+)?(?:cures?|fix(?:es)?|stops?)\b|\bsurgery\s+(?:will\s+|always\s+)?cures?\s+(?:OMS|the\s+OMS)\b", Options, TimeoutMs)]
    private static partial Regex SurgeryCures();

    [GeneratedRegex(@"\b(?:normal|negative|clear)\s+(?:urine\s+(?:tests?|catecholamines?)|MIBG(?:\s+scans?)?)\s+(?:rules?|rule)\s+out\b|\b(?:normal|negative|clear)\s+(?:urine\s+(?:tests?|catecholamines?)|MIBG(?:\s+scans?)?)\s+(?:excludes?|exclude)\b", Options, TimeoutMs)]
    private static partial Regex NormalTestsRuleOut();

    [GeneratedRegex(@"\b(?:OMS|it|opsoclonus-myoclonus syndrome)\s+is\s+(?:an?\s+)?(?:inherited|hereditary|genetic)\b|(?<!\bnot\s)\b(?:passed|handed)\s+down\s+(?:from|by)\s+(?:a\s+)?parents?\b", Options, TimeoutMs)]
    private static partial Regex Inherited();

    [GeneratedRegex(@"\bvaccin(?:e|es|ation|ations)\s+(?:can\s+|may\s+|often\s+)?(?:caused?|causes|trigger(?:s|ed)?)\s+(?:OMS|the\s+OMS|opsoclonus)", Options, TimeoutMs)]
    private static partial Regex VaccinesCause();

    [GeneratedRegex(@"\bHONcode\b", Options, TimeoutMs)]
    private static partial Regex HonCode();

    [GeneratedRegex(@"\bdroracle\b", Options, TimeoutMs)]
    private static partial Regex DrOracle();
}

