using OmsHandbook.Pipeline;
using YamlDotNet.RepresentationModel;

namespace OmsHandbook.Content;

/// <summary>Reads faq.yml: a list of questions with Markdown answers.</summary>
public static class FaqLoader
{
    public const string FileName = "faq.yml";

    public static IReadOnlyList<FaqEntry> Load(InputFile file, DiagnosticBag diagnostics)
    {
        var root = YamlText.Parse(file, file.Text, 0, diagnostics);
        if (root is null)
        {
            return [];
        }

        if (root is not YamlSequenceNode list)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, YamlText.LocationOf(root, file, 0),
                "faq.yml must be a list of entries, each starting with '- question:'");
            return [];
        }

        var entries = new List<FaqEntry>();
        foreach (var item in list.Children)
        {
            var map = YamlMap.From(item, file, 0, diagnostics, "each FAQ entry");
            if (map is null)
            {
                continue;
            }

            var id = map.OptionalString("id");
            var question = map.RequiredString("question");
            var answer = map.RequiredMarkdown("answer");
            var related = map.StringList("related");
            map.ReportUnknownKeys();
            if (question is null || answer is not { } a)
            {
                continue;
            }

            var slug = Slug.From(string.IsNullOrWhiteSpace(id) ? question : id);
            entries.Add(new FaqEntry(slug, question.Trim(), a.Text, a.Location, related, map.Location));
        }

        return entries;
    }
}
