using System.Text.RegularExpressions;

namespace OmsHandbook.ContentLint;

/// <summary>
/// The claims as Spanish states them. Spanish puts most adjectives after the noun ("el tratamiento
/// habitual", "un análisis de orina normal"), drops the subject ("es hereditario"), says rates as
/// "8 de cada 10", and is often typed without its accents, so each pattern allows "tipica" for
/// "típica". Like the English ones, they match the claim as asserted; a negation before it
/// ("no son una característica típica") is let through by <see cref="ContentLinter"/>.
/// </summary>
public static partial class KnownWrongClaims
{
    private const string SpanishSeizures = @"(?:convulsiones|crisis\s+(?:epil[eé]pticas|convulsivas)|ataques\s+(?:epil[eé]pticos|convulsivos)|epilepsia)";

    private const string SpanishUsual = @"(?:frecuentes?|com[uú]n|comunes|habitual(?:es)?|t[ií]pic[oa]s?|principal(?:es)?|clave)";

    private const string SpanishAntiSeizureMedicines = @"(?:valproato(?:\s+s[oó]dico)?|[aá]cido\s+valproico|lamotrigina|levetiracetam|(?:f[aá]rmacos?|medicamentos?|medicinas?)\s+(?:anticonvulsiv(?:os?|antes?)|antiepil[eé]ptic[oa]s?|anticrisis|para\s+la\s+epilepsia|contra\s+las\s+(?:convulsiones|crisis))|anticonvulsiv(?:os?|antes?)|antiepil[eé]ptic[oa]s?)";

    // "el 80 %", "80 por ciento", "8 de cada 10", "80 de cada 100", with the approximations before them.
    private const string SpanishEighty = @"(?:(?:aproximadamente|alrededor|cerca|unos|unas)\s+(?:del?\s+)?)?(?:(?:el\s+)?(?:80|ochenta)\s*(?:%|por\s*ciento)|(?:8|ocho)\s+de\s+cada\s+(?:10|diez)|(?:80|ochenta)\s+de\s+cada\s+(?:100|cien))";

    private const string SpanishTumourTests = @"(?:(?:an[aá]lisis|pruebas?|estudios?)\s+de\s+orina|catecolaminas\s+en\s+orina|(?:gammagraf[ií]as?|exploraci[oó]n|esc[aá]ner)\s+(?:con\s+|de\s+)?MIBG|MIBG)";

    // "Las convulsiones son frecuentes en el SOM", "Las crisis epilépticas (convulsiones) son una
    // característica típica", "La epilepsia es un síntoma habitual", "... son una característica del SOM".
    // The seizures must be what the sentence is about: in "equivocarse en el diagnóstico de epilepsia
    // es frecuente" it is the mistake that is common.
    [GeneratedRegex(@"(?<!\b(?:de|del|con|sin|por|para|contra|sobre|entre)\s+)\b" + SpanishSeizures + @"(?:\s*\([^)]*\))?\s+(?:son|es)\s+(?:muy\s+|bastante\s+)?(?:(?:una?|las?|los?)\s+)?(?:" + SpanishUsual + @"|(?:caracter[ií]sticas?|señal(?:es)?|s[ií]ntomas?|signos?|rasgos?)\s+(?:(?:muy\s+)?" + SpanishUsual + @"|(?:del|de\s+la)\s+(?:SOM|s[ií]ndrome|enfermedad)))\b", Options, TimeoutMs)]
    private static partial Regex SpanishSeizuresCommon();

    // "El valproato es el tratamiento habitual", "Los antiepilépticos son el tratamiento de primera
    // línea", "La lamotrigina es el mejor tratamiento", "El SOM se trata con antiepilépticos".
    [GeneratedRegex(@"\b" + SpanishAntiSeizureMedicines + @"\s+(?:es|son)\s+(?:(?:el|la|los|las|un|una)\s+)?(?:mejor(?:es)?\s+(?:tratamientos?|terapias?)|(?:tratamientos?|terapias?)\s+(?:m[aá]s\s+)?(?:habitual(?:es)?|est[aá]ndar|principal(?:es)?|recomendad[oa]s?|eficaz|eficaces|efectiv[oa]s?|usual(?:es)?|de\s+(?:elecci[oó]n|primera\s+(?:l[ií]nea|elecci[oó]n))|(?:del|para\s+el)\s+(?:SOM|s[ií]ndrome)))\b|\bSOM\s+se\s+trata\s+(?:(?:sobre\s+todo|principalmente|habitualmente|normalmente)\s+)?con\s+(?:(?:el|la|los|las)\s+)?" + SpanishAntiSeizureMedicines, Options, TimeoutMs)]
    private static partial Regex SpanishAntiSeizureMedicineAsTreatment();

    [GeneratedRegex(@"\b(?:tratamientos?|terapias?)\s+(?:anticonvulsiv(?:os?|as?|antes?)|antiepil[eé]ptic[oa]s?)\b", Options, TimeoutMs)]
    private static partial Regex SpanishAnticonvulsantTreatment();

    [GeneratedRegex(@"\b(?:1|una?|uno)\s+(?:(?:de|por)\s+cada|en|entre)\s+(?:10\s*millones|diez\s+millones|10(?:[.,]|\s)?000(?:[.,]|\s)?000)\b", Options, TimeoutMs)]
    private static partial Regex SpanishOneInTenMillion();

    // "El neuroblastoma se encuentra en el 80 % de los casos", "Se encuentra un neuroblastoma en 8 de
    // cada 10 niños", "El 80 % de los niños con SOM tiene un neuroblastoma".
    [GeneratedRegex(@"\bneuroblastomas?\s+(?:se\s+)?(?:encuentran?|hallan?|aparecen?|detectan?|est[aá]n?\s+presentes?|presentes?)\s+en\s+" + SpanishEighty + @"|\b(?:se\s+)?(?:encuentran?|hallan?|detectan?)\s+(?:un\s+)?neuroblastoma\s+en\s+" + SpanishEighty + @"|" + SpanishEighty + @"\s+(?:[\w]+\s+){0,5}(?:tiene|tienen|ten[ií]an?|presentan?)\s+(?:un\s+)?neuroblastoma", Options, TimeoutMs)]
    private static partial Regex SpanishEightyInHundredHaveTumour();

    // "El neuroblastoma es un cáncer del cerebro", "... es un tumor cerebral", "neuroblastoma, un tumor cerebral".
    [GeneratedRegex(@"\bneuroblastomas?\s+(?:es|son)\s+(?:(?:un|una|unos|unas)\s+)?(?:\w+\s+)?(?:c[aá]nceres|c[aá]ncer|tumores|tumor)\s+(?:\w+\s+)?(?:(?:del|en\s+el)\s+cerebro|cerebral(?:es)?)\b|\bneuroblastomas?\b[^.]{0,40}\b(?:c[aá]nceres|c[aá]ncer|tumores|tumor)\s+(?:cerebral(?:es)?|del\s+cerebro)\b", Options, TimeoutMs)]
    private static partial Regex SpanishTumourInTheBrain();

    [GeneratedRegex(@"\b(?:tambi[eé]n\s+)?(?:llamad[oa]s?|se\s+llama|se\s+conoce\s+como|conocid[oa]s?\s+como|denominad[oa]s?|se\s+denomina)\s+(?:el\s+)?(?:nistagmo|nistagmus)\b", Options, TimeoutMs)]
    private static partial Regex SpanishCalledNystagmus();

    // "Quitar el tumor cura el SOM", "La extirpación del tumor resuelve el SOM", "La cirugía cura el SOM".
    [GeneratedRegex(@"\b(?:quitar|extirpar|extraer|sacar|operar)\s+el\s+tumor\s+(?:(?:siempre|normalmente|casi\s+siempre)\s+)?(?:cura|curar[aá]|soluciona|solucionar[aá]|resuelve|resolver[aá]|elimina|eliminar[aá]|detiene|detendr[aá]|acaba\s+con|acabar[aá]\s+con|hace\s+desaparecer|har[aá]\s+desaparecer)\b|\b(?:extirpaci[oó]n|extracci[oó]n|resecci[oó]n)\s+del\s+tumor\s+(?:(?:siempre|normalmente)\s+)?(?:cura|curar[aá]|soluciona|resuelve|elimina|detiene)\b|\b(?:cirug[ií]a|operaci[oó]n)\s+(?:siempre\s+)?(?:cura|curar[aá])\s+(?:el\s+)?SOM\b", Options, TimeoutMs)]
    private static partial Regex SpanishSurgeryCures();

    // "Un análisis de orina normal descarta un tumor", "Una gammagrafía con MIBG negativa excluye el neuroblastoma".
    [GeneratedRegex(@"\b" + SpanishTumourTests + @"\s+(?:normal(?:es)?|negativ[oa]s?|limpi[oa]s?)\s+(?:descarta|descartan|descartar[aá]n?|excluye|excluyen)\b", Options, TimeoutMs)]
    private static partial Regex SpanishNormalTestsRuleOut();

    // "El SOM es hereditario", "El SOM es una enfermedad genética", "Pasa de padres a hijos", "Se
    // hereda de los padres". A subject-less "es hereditario" is left alone: it could be said of anything.
    [GeneratedRegex(@"\b(?:SOM|s[ií]ndrome\s+(?:de\s+)?opsoclono-mioclono)\s+es\s+(?:una?\s+(?:enfermedad|trastorno|s[ií]ndrome|afecci[oó]n|condici[oó]n)\s+)?(?:hereditari[oa]|gen[eé]tic[oa]|heredad[oa])\b|\bSOM\s+se\s+hereda\b|(?<!\bno\s)\b(?:pasa|se\s+pasa|se\s+transmiten?)\s+de\s+(?:los\s+)?padres\s+a\s+(?:los\s+|sus\s+)?hijos\b|(?<!\bno\s)\b(?:se\s+hereda|heredad[oa]|transmitid[oa])\s+(?:de|por)\s+(?:los\s+|un\s+|uno\s+de\s+los\s+)?(?:padres|progenitores)\b", Options, TimeoutMs)]
    private static partial Regex SpanishInherited();

    // "Las vacunas pueden causar el SOM", "La vacuna provocó el SOM", "La vacunación desencadena el SOM".
    [GeneratedRegex(@"\b(?:vacunas?|vacunaci[oó]n|vacunaciones)\s+(?:(?:pueden|puede|suelen|a\s+menudo)\s+)?(?:causa[rn]?|caus[oó]|causaron|causen|provoca[rn]?|provoc[oó]|provocaron|provoquen|desencadena[rn]?|desencaden[oó]|desencadenaron|desencadenen|producen?|producir|produjo|produjeron|produzcan)\s+(?:el\s+)?(?:SOM|opsoclono|s[ií]ndrome\s+(?:de\s+)?opsoclono)", Options, TimeoutMs)]
    private static partial Regex SpanishVaccinesCause();
}
