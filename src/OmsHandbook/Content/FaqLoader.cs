using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>Reads faq.yml: a list of questions with Markdown answers.</summary>
public static class FaqLoader
{
    public const string FileName = "faq.yml";

    public static IReadOnlyList<FaqEntry> Load(InputFile file, DiagnosticBag diagnostics)
    {
        var entries = new List<FaqEntry>();
        foreach (var map in YamlMap.ListOf(file, diagnostics, "question", "each FAQ entry"))
        {
            var id = map.OptionalString("id");
            var question = map.RequiredString("question");
            var answer = map.RequiredMarkdown("answer");
            var related = map.StringList("related");
            var sourceHash = map.LocatedString("source_hash");
            map.ReportUnknownKeys();
            if (question is null || answer is not { } a)
            {
                continue;
            }

            var slug = Slug.From(string.IsNullOrWhiteSpace(id) ? question : id);
            entries.Add(new FaqEntry(slug, question.Trim(), a.Text, a.Location, related, map.Location) { SourceHash = sourceHash });
        }

        return entries;
    }
}
