using System.Text;
using System.Text.Json;

namespace OmsHandbook.Search;

/// <summary>
/// The values the search script must share with the index builder and its normaliser, written as the
/// script's constants module from the C# that uses them. One copy of each table and number: a word
/// added to the stop words or a change to the impact levels reaches the browser with the next build.
/// The rules that use the tables are code on both sides, held together by tests/search-vectors.json.
/// </summary>
public static class SearchScriptConstants
{
    /// <summary>The module's place among the script's parts (theme/OmsHandbook.Theme/assets/search/), which import it by this name.</summary>
    public const string ModulePath = "search/constants.js";

    /// <summary>Every language's tables and no messages: what the tests join to check both languages' rules.</summary>
    public static byte[] Module { get; } = For(null, []);

    /// <summary>
    /// One edition's module, the same bytes every build (sets and maps are written in ordinal order):
    /// the tables of its index's language, the other languages' empty, and what search says in its
    /// language. Each edition's pages load their own script, so an English page never carries the
    /// Spanish tables, nor a Spanish page the English ones.
    /// </summary>
    /// <param name="language">The edition's search language; null writes every language's tables.</param>
    /// <param name="messages">What search says, by the name the script asks for (the theme's text table has them).</param>
    public static byte[] For(SearchLanguage? language, IEnumerable<KeyValuePair<string, string>> messages) =>
        Encoding.UTF8.GetBytes(Write(language, messages));

    private static string Write(SearchLanguage? language, IEnumerable<KeyValuePair<string, string>> messages)
    {
        var english = language is null || language == SearchLanguage.English;
        var spanish = language is null || language == SearchLanguage.Spanish;
        var text = new StringBuilder();
        text.Append("// Written by the generator (src/OmsHandbook/Search/SearchScriptConstants.cs) from the C# the index is built with.\n");
        Add(text, "INDEX_VERSION", w => w.WriteNumberValue(SearchIndexWriter.Version));
        Add(text, "ALPHABET", w => w.WriteStringValue(IndexEncoding.Alphabet));
        Add(text, "IMPACT_LEVELS", w => w.WriteNumberValue(IndexEncoding.ImpactLevels));
        Add(text, "HASH_LENGTH", w => w.WriteNumberValue(SearchIndexWriter.HashLength));
        Add(text, "GLOSSARY_TERM", w => w.WriteStringValue(InvertedIndex.TermPrefix));
        Add(text, "STOP_WORDS", w => Strings(w, english ? StopWords.All.Order(StringComparer.Ordinal) : []), set: true);
        Add(text, "SPECIAL_LETTERS", w => Map(w, UnicodeFolding.Special.ToDictionary(p => p.Key.ToString(), p => p.Value, StringComparer.Ordinal)));
        Add(text, "SPELLING_WORDS", w => Map(w, english ? SpellingFolding.Words : []));
        Add(text, "OUR_ENDINGS", w => Strings(w, english ? SpellingFolding.OurEndings : []));
        Add(text, "ENDINGS", w => Rows(w, english ? SpellingFolding.Endings : [], (w, e) =>
        {
            w.WriteStringValue(e.Ending);
            w.WriteStringValue(e.Replacement);
            w.WriteNumberValue(e.MinStem);
        }));
        Add(text, "STEP2", w => Rows(w, english ? PorterStemmer.Step2 : [], (w, s) => Strings(w, [s.Suffix, s.Replacement], array: false)));
        Add(text, "STEP3", w => Rows(w, english ? PorterStemmer.Step3 : [], (w, s) => Strings(w, [s.Suffix, s.Replacement], array: false)));
        Add(text, "STEP4", w => Strings(w, english ? PorterStemmer.Step4 : []));
        Add(text, "ES_STOP_WORDS", w => Strings(w, spanish ? SpanishStopWords.All.Order(StringComparer.Ordinal) : []), set: true);
        Add(text, "ES_VOWELS", w => w.WriteStringValue(spanish ? SpanishStemmer.Vowels : ""));
        Add(text, "ES_PRONOUNS", w => Strings(w, spanish ? SpanishStemmer.Pronouns : []));
        Add(text, "ES_PRONOUN_HOSTS", w => Strings(w, spanish ? SpanishStemmer.PronounHosts : []));
        Add(text, "ES_STEP1", w => Rows(w, spanish ? SpanishStemmer.Step1 : [], (w, r) =>
        {
            Strings(w, r.Suffixes);
            w.WriteNumberValue(r.Region);
            w.WriteStringValue(r.Replacement);
            Rows(w, r.Then, (w, chain) => Strings(w, chain, array: false));
        }));
        Add(text, "ES_STEP2A", w => Strings(w, spanish ? SpanishStemmer.Step2a : []));
        Add(text, "ES_STEP2B_AFTER_GU", w => Strings(w, spanish ? SpanishStemmer.Step2bAfterGu : []));
        Add(text, "ES_STEP2B", w => Strings(w, spanish ? SpanishStemmer.Step2b : []));
        Add(text, "ES_STEP3", w => Strings(w, spanish ? SpanishStemmer.Step3 : []));
        Add(text, "MESSAGES", w => Map(w, messages));
        return text.ToString();
    }

    /// <summary>
    /// One exported constant; JSON is a JavaScript literal. Written with the JSON writer rather than the
    /// serialiser, which reflects over types and so cannot run ahead-of-time compiled.
    /// </summary>
    private static void Add(StringBuilder text, string name, Action<Utf8JsonWriter> value, bool set = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value(writer);
        }

        var literal = Encoding.UTF8.GetString(buffer.ToArray());
        text.Append("export const ").Append(name).Append(" = ").Append(set ? $"new Set({literal})" : literal).Append(";\n");
    }

    private static void Strings(Utf8JsonWriter w, IEnumerable<string> values, bool array = true)
    {
        if (array)
        {
            w.WriteStartArray();
        }

        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        if (array)
        {
            w.WriteEndArray();
        }
    }

    /// <summary>An object with its keys in ordinal order, the same bytes every build.</summary>
    private static void Map(Utf8JsonWriter w, IEnumerable<KeyValuePair<string, string>> map)
    {
        w.WriteStartObject();
        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
    }

    /// <summary>An array of arrays, one per row.</summary>
    private static void Rows<T>(Utf8JsonWriter w, IEnumerable<T> rows, Action<Utf8JsonWriter, T> row)
    {
        w.WriteStartArray();
        foreach (var item in rows)
        {
            w.WriteStartArray();
            row(w, item);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }
}
