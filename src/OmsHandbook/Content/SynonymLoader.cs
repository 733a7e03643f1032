using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>Reads search-synonyms.yml: a list of groups of words that mean the same to a reader.</summary>
public static class SynonymLoader
{
    public const string FileName = "search-synonyms.yml";

    public static IReadOnlyList<SynonymGroup> Load(InputFile file, DiagnosticBag diagnostics)
    {
        var groups = new List<SynonymGroup>();
        // A word in two groups would join two meanings behind the maintainer's back.
        var owner = new Dictionary<string, Located<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var map in YamlMap.ListOf(file, diagnostics, "words", "each synonym group"))
        {
            var words = map.StringList("words");
            map.ReportUnknownKeys();
            if (words.Count < 2)
            {
                diagnostics.Error(DiagnosticCodes.SynonymGroupTooSmall, map.LocationOf("words"),
                    "a synonym group needs at least two words, e.g. 'words: [inherited, genetic]': the handbook's word and what readers type for it");
                continue;
            }

            foreach (var word in words)
            {
                var key = string.Join(' ', word.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (owner.TryGetValue(key, out var first))
                {
                    diagnostics.Error(DiagnosticCodes.DuplicateSynonym, word.Location,
                        $"'{word.Value}' is already in the group on line {first.Location.Line}; a word belongs to one group, so merge the two groups or remove it from one");
                }
                else
                {
                    owner[key] = word;
                }
            }

            groups.Add(new SynonymGroup(words, map.Location));
        }

        return groups;
    }
}
