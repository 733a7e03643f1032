using OmsHandbook.Pipeline;
using YamlDotNet.RepresentationModel;

namespace OmsHandbook.Content;

/// <summary>Reads glossary.yml: a list of terms with aliases, definitions and see-also links.</summary>
public static class GlossaryLoader
{
    public const string FileName = "glossary.yml";

    public static IReadOnlyList<GlossaryTerm> Load(InputFile file, DiagnosticBag diagnostics)
    {
        var root = YamlText.Parse(file, file.Text, 0, diagnostics);
        if (root is null)
        {
            return [];
        }

        if (root is not YamlSequenceNode list)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, YamlText.LocationOf(root, file, 0),
                "glossary.yml must be a list of entries, each starting with '- term:'");
            return [];
        }

        var terms = new List<GlossaryTerm>();
        foreach (var item in list.Children)
        {
            var map = YamlMap.From(item, file, 0, diagnostics, "each glossary entry");
            if (map is null)
            {
                continue;
            }

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
