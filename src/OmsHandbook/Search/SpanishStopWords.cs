namespace OmsHandbook.Search;

/// <summary>
/// Spanish words too common to help find anything, folded as the tokenizer folds them ("más" is "mas",
/// "él" is "el"); left out of a Spanish index and out of its queries (the search script reads this list,
/// written into it by <see cref="SearchScriptConstants"/>).
/// </summary>
/// <remarks>
/// Function words only: articles, prepositions, conjunctions, pronouns, determiners, the auxiliaries and
/// the question words, as the English list has them, so "¿cuánto dura el tratamiento?" is searched as
/// "dura tratamiento". Nouns and numbers families search for ("vida", "día", "tiempo", "años", "dos") stay.
/// </remarks>
public static class SpanishStopWords
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(
    [
        // Articles, and "al", "del".
        "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "al", "del",

        // Prepositions.
        "a", "ante", "con", "contra", "de", "desde", "durante", "en", "entre", "hacia", "hasta", "para", "por",
        "segun", "sin", "sobre", "tras",

        // Conjunctions, and the question words a family's question starts with.
        "y", "e", "o", "u", "ni", "pero", "sino", "que", "porque", "aunque", "si", "pues", "como", "cuando", "donde",
        "quien", "quienes", "cual", "cuales", "cuanto", "cuanta", "cuantos", "cuantas",

        // Pronouns and possessives.
        "yo", "tu", "usted", "ustedes", "ella", "ello", "ellos", "ellas", "nosotros", "nosotras", "vosotros", "vosotras",
        "me", "te", "se", "nos", "os", "le", "les", "mi", "mis", "su", "sus", "tus", "nuestro", "nuestra", "nuestros",
        "nuestras",

        // Demonstratives ("esta" is also "está").
        "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "eso", "esto", "aquel", "aquella", "aquellos",
        "aquellas",

        // Determiners and quantifiers.
        "todo", "toda", "todos", "todas", "cada", "algun", "alguno", "alguna", "algunos", "algunas", "otro", "otra",
        "otros", "otras", "mucho", "mucha", "muchos", "muchas", "muy", "tan", "tanto", "mas", "menos",

        // Auxiliaries: ser, estar, haber, and "puede" as the English list has "can".
        "ser", "es", "son", "era", "eran", "fue", "fueron", "sea", "sean", "sido", "estar", "estan", "estaba",
        "estaban", "ha", "han", "he", "has", "hay", "habia", "haber", "hemos", "puede", "pueden",

        // Adverbs that say nothing searched for.
        "no", "ya", "tambien", "despues",
    ], StringComparer.Ordinal);
}
