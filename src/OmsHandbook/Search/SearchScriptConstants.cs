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

    /// <summary>The module's text, the same bytes every build: sets and maps are written in ordinal order.</summary>
    public static byte[] Module { get; } = Encoding.UTF8.GetBytes(Write());

    private static string Write()
    {
        var text = new StringBuilder();
        text.Append("// Written by the generator (src/OmsHandbook/Search/SearchScriptConstants.cs) from the C# the index is built with.\n");
        Add(text, "INDEX_VERSION", SearchIndexWriter.Version);
        Add(text, "ALPHABET", IndexEncoding.Alphabet);
        Add(text, "IMPACT_LEVELS", IndexEncoding.ImpactLevels);
        Add(text, "HASH_LENGTH", SearchIndexWriter.HashLength);
        Add(text, "GLOSSARY_TERM", InvertedIndex.TermPrefix);
        Add(text, "STOP_WORDS", StopWords.All.Order(StringComparer.Ordinal), set: true);
        Add(text, "SPECIAL_LETTERS", Sorted(UnicodeFolding.Special.ToDictionary(p => p.Key.ToString(), p => p.Value, StringComparer.Ordinal)));
        Add(text, "SPELLING_WORDS", Sorted(SpellingFolding.Words));
        Add(text, "OUR_ENDINGS", SpellingFolding.OurEndings);
        Add(text, "ENDINGS", SpellingFolding.Endings.Select(e => new object[] { e.Ending, e.Replacement, e.MinStem }));
        Add(text, "STEP2", PorterStemmer.Step2.Select(s => new[] { s.Suffix, s.Replacement }));
        Add(text, "STEP3", PorterStemmer.Step3.Select(s => new[] { s.Suffix, s.Replacement }));
        Add(text, "STEP4", PorterStemmer.Step4);
        return text.ToString();
    }

    /// <summary>One exported constant; JSON is a JavaScript literal.</summary>
    private static void Add<T>(StringBuilder text, string name, T value, bool set = false)
    {
        var literal = JsonSerializer.Serialize(value);
        text.Append("export const ").Append(name).Append(" = ").Append(set ? $"new Set({literal})" : literal).Append(";\n");
    }

    private static SortedDictionary<string, string> Sorted(IDictionary<string, string> map) => new(map, StringComparer.Ordinal);
}
