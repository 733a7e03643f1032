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
            var aliases = map.StringList("aliases");
            var definition = map.RequiredMarkdown("definition");
            var seeAlso = map.StringList("see_also");
            map.ReportUnknownKeys();
            if (term is null || definition is not { } d)
            {
                continue;
            }

            terms.Add(new GlossaryTerm(term.Trim(), Slug.From(term), aliases, d.Text, d.Location, seeAlso, map.Location));
        }

        return terms;
    }
}
