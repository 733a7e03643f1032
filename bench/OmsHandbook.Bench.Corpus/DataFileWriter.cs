using System.Text;
using OmsHandbook.Content;

namespace OmsHandbook.Bench.Corpus;

/// <summary>Writes the files around the chapters: site.yml, index.md, glossary.yml, faq.yml and references.yml.</summary>
public sealed class DataFileWriter(ProseWriter prose, int seed, string reviewDate)
{
    public const int FaqEntries = 60;

    public static string Site(int chapterCount) =>
        $"""
        title: Synthetic Handbook
        description: A generated handbook of {Text.Number(chapterCount)} chapters for measuring how fast the OMS Handbook generator builds.
        base_url: https://bench.example.org
        language: en-GB
        repository: https://github.com/oms-handbook/bench-corpus
        branch: main

        """;

    public string Home(IReadOnlyList<PlannedChapter> chapters)
    {
        var random = SeededRandom.For(seed, "home", 0);
        var text = new StringBuilder();
        text.Append("---\ntitle: Synthetic Handbook\n")
            .Append("description: A generated handbook for measuring build speed.\n")
            .Append("last_reviewed: ").Append(reviewDate).Append("\nreviewed_by: \"\"\n---\n\n")
            .Append(prose.Paragraph(random, 2, 4)).Append("\n\n")
            .Append("## Start here\n\n");
        foreach (var chapter in chapters.Take(12))
        {
            text.Append("- [").Append(chapter.Title).Append("](").Append(chapter.FileName).Append(") ")
                .Append(Text.Lower(random.Pick(Words.ShortSentences))).Append('\n');
        }

        text.Append("\n## About this handbook\n\n").Append(prose.Paragraph(random, 2, 3)).Append('\n');
        return text.ToString();
    }

    public string Glossary(IReadOnlyList<PlannedTerm> terms)
    {
        var random = SeededRandom.For(seed, "definitions", 0);
        var text = new StringBuilder("# Glossary of the generated handbook.\n\n");
        foreach (var term in terms)
        {
            text.Append("- term: ").Append(term.Term).Append('\n');
            if (term.Aliases.Count > 0)
            {
                text.Append("  aliases: [").AppendJoin(", ", term.Aliases).Append("]\n");
            }

            text.Append("  definition: |\n    ").Append(prose.Paragraph(random, 1, 3)).Append('\n');
            if (term.SeeAlso.Count > 0)
            {
                text.Append("  see_also: [").AppendJoin(", ", term.SeeAlso).Append("]\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    public string Faq(IReadOnlyList<PlannedChapter> chapters)
    {
        var random = SeededRandom.For(seed, "faq", 0);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringBuilder("# Questions and answers of the generated handbook.\n\n");
        while (ids.Count < FaqEntries)
        {
            var question = random.Next(4) switch
            {
                0 => $"How do I {random.Pick(Words.Verbs)} {random.Pick(Words.Objects)}?",
                1 => $"What if {random.Pick(Words.Conditions)}?",
                2 => $"Who can help with {random.Pick(Words.Objects)}?",
                _ => $"Is it normal to {random.Pick(Words.Verbs)} {random.Pick(Words.Objects)}?",
            };
            var id = Slug.From(question);
            if (!ids.Add(id))
            {
                continue;
            }

            text.Append("- id: ").Append(id).Append('\n')
                .Append("  question: ").Append(Text.Quote(question)).Append('\n')
                .Append("  answer: |\n    ").Append(prose.Paragraph(random, 2, 4)).Append('\n');
            if (random.Percent(30))
            {
                text.Append('\n');
                for (int i = 0, count = random.Between(2, 4); i < count; i++)
                {
                    text.Append("    - ").Append(prose.ListItem(random)).Append('\n');
                }
            }

            var related = Enumerable.Range(0, random.Between(1, 2)).Select(_ => random.Pick(chapters).FileName).Distinct(StringComparer.Ordinal);
            text.Append("  related: [").AppendJoin(", ", related).Append("]\n\n");
        }

        return text.ToString();
    }

    public static string References(IReadOnlyList<PlannedReference> references)
    {
        var text = new StringBuilder("# Sources the generated chapters cite.\n\n");
        foreach (var reference in references)
        {
            text.Append(reference.Key).Append(":\n")
                .Append("  authors: ").Append(Text.Quote(reference.Authors)).Append('\n')
                .Append("  title: ").Append(Text.Quote(reference.Title)).Append('\n')
                .Append("  journal: ").Append(reference.Journal).Append('\n')
                .Append("  year: ").Append(Text.Number(reference.Year)).Append('\n');
            Field(text, "doi", reference.Doi);
            Field(text, "pmid", reference.Pmid);
            Field(text, "url", reference.Url);
            text.Append('\n');
        }

        return text.ToString();
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        if (value is not null)
        {
            text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        }
    }
}
