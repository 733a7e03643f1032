using OmsHandbook.Content;

namespace OmsHandbook.Scaffold;

/// <summary>`new term "Term"`: appends a glossary entry, refusing a term or alias that already names an entry.</summary>
public static class GlossaryTermScaffold
{
    public static ScaffoldResult Add(string inputFolder, string term)
    {
        term = term.Trim();
        if (Slug.From(term).Length == 0)
        {
            return ScaffoldResult.Refused($"the term '{term}' has no letters or digits; give the word as readers see it, e.g. new term \"Ataxia\"");
        }

        var (file, refusal) = DataFileEntries.Read(inputFolder, GlossaryLoader.FileName, GlossaryLoader.Load);
        if (file is null)
        {
            return refusal!;
        }

        foreach (var existing in file.Entries)
        {
            var names = existing.Aliases.Select(a => a.Value).Prepend(existing.Term);
            if (names.FirstOrDefault(name => SameName(name, term)) is { } taken)
            {
                var how = taken == existing.Term ? "is already a term" : $"is already an alias of '{existing.Term}'";
                return ScaffoldResult.Refused($"'{term}' {how} (line {existing.Location.Line} of {GlossaryLoader.FileName}); each term and alias names one entry, so change that entry instead");
            }

            if (existing.Slug == Slug.From(term))
            {
                return ScaffoldResult.Refused($"'{term}' would have the same address on the glossary page (#{existing.AnchorId}) as '{existing.Term}' (line {existing.Location.Line}); change that entry instead");
            }
        }

        return file.Append(
            [
                "- term: " + YamlScalar.Write(term),
                "  definition: |",
                "    Write a plain-English definition here, and cite its source.",
            ],
            $"the term '{term}'",
            "its definition");
    }

    /// <summary>As the build compares names: ignoring case and runs of spaces.</summary>
    private static bool SameName(string a, string b) =>
        string.Equals(string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);
}
