using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>Reads glossary.yml: a list of terms with aliases, definitions and see-also links.</summary>
public static class GlossaryLoader
{
    public const string FileName = "glossary.yml";

    public static IReadOnlyList<GlossaryTerm> Load(InputFile file, DiagnosticBag diagnostics)
    {
        var terms = new List<GlossaryTerm>();
        foreach (var map in YamlMap.ListOf(file, diagnostics, "term", "each glossary entry"))
        {
            var term = map.RequiredString("term");
            // A translation's entry names the first edition's entry it translates by that entry's slug, so
            // both editions' entries share an anchor and a place in search.
            var id = map.OptionalString("id");
            var aliases = map.StringList("aliases");
            var definition = map.RequiredMarkdown("definition");
            var seeAlso = map.StringList("see_also");
            var sourceHash = map.LocatedString("source_hash");
            map.ReportUnknownKeys();
            if (term is null || definition is not { } d)
            {
                continue;
            }

            terms.Add(new GlossaryTerm(term.Trim(), Slug.From(id ?? term), aliases, d.Text, d.Location, seeAlso, map.Location) { SourceHash = sourceHash });
        }

        return terms;
    }
}
