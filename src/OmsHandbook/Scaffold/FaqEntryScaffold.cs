using OmsHandbook.Content;

namespace OmsHandbook.Scaffold;

/// <summary>`new faq "Question?"`: appends a FAQ entry whose id is made from the question, refusing an id already in use.</summary>
public static class FaqEntryScaffold
{
    public static ScaffoldResult Add(string inputFolder, string question)
    {
        question = question.Trim();
        var id = Slug.From(question);
        if (id.Length == 0)
        {
            return ScaffoldResult.Refused($"the question '{question}' has no letters or digits; write it as a reader would ask it, e.g. new faq \"Is OMS inherited?\"");
        }

        var (file, refusal) = DataFileEntries.Read(inputFolder, FaqLoader.FileName, FaqLoader.Load);
        if (file is null)
        {
            return refusal!;
        }

        if (file.Entries.FirstOrDefault(e => e.Id == id || Slug.From(e.Question) == id) is { } existing)
        {
            return ScaffoldResult.Refused($"the FAQ already asks this question, or has the id '{id}' (line {existing.Location.Line} of {FaqLoader.FileName}: '{existing.Question}'); change that entry, or word the new question differently");
        }

        return file.Append(
            [
                "- id: " + id,
                "  question: " + YamlScalar.Write(question),
                "  answer: |",
                "    Write a short, plain answer here, and cite its source.",
            ],
            $"the question '{question}'",
            "its answer");
    }
}
