using System.Text;

namespace OmsHandbook.Bench.Corpus;

/// <summary>
/// Writes one chapter: front matter, then sections of prose with lists, numbered steps, tables,
/// care cards, links to headings of other chapters and of its own, and explicit glossary links.
/// </summary>
public sealed class ChapterWriter(ProseWriter prose, IReadOnlyList<PlannedChapter> chapters, string reviewDate)
{
    private static readonly string[] Audiences = ["families", "families", "everyone", "clinicians"];

    private static readonly string[] ListLeads =
    [
        "Things that can help include:", "Ask your team about:", "Common signs are:", "Keep a note of:",
        "You may notice:", "Useful things to bring:", "Things to plan for:",
    ];

    private static readonly (string Level, string Heading)[] CareCards =
    [
        ("non-urgent", "Speak to your care team if:"),
        ("urgent", "Ask for an urgent appointment today if:"),
        ("emergency", "Call your local emergency number now if:"),
    ];

    public string Write(int index, SeededRandom random)
    {
        var chapter = chapters[index];
        var text = new StringBuilder();
        text.Append("---\n")
            .Append("title: ").Append(Text.Quote(chapter.Title)).Append('\n')
            .Append("description: ").Append(Text.Quote(Description(chapter, random))).Append('\n')
            .Append("audience: ").Append(random.Pick(Audiences)).Append('\n')
            .Append("last_reviewed: ").Append(reviewDate).Append('\n')
            .Append("reviewed_by: \"\"\n")
            .Append("---\n\n");

        Paragraph(text, prose.Paragraph(random, 2, 3));
        if (random.Percent(50))
        {
            Paragraph(text, prose.Paragraph(random, 1, 3));
        }

        var cardSection = random.Percent(25) ? random.Next(chapter.Sections.Count) : -1;
        var seen = new List<PlannedHeading>();
        for (var s = 0; s < chapter.Sections.Count; s++)
        {
            var section = chapter.Sections[s];
            Heading(text, "##", section.Heading);
            Section(text, index, seen, random);
            if (s == cardSection)
            {
                CareCard(text, random);
            }

            seen.Add(section.Heading);
            foreach (var sub in section.SubHeadings)
            {
                Heading(text, "###", sub);
                Paragraph(text, prose.Paragraph(random, 1, 3));
                if (random.Percent(30))
                {
                    Paragraph(text, prose.Paragraph(random, 1, 2));
                }

                seen.Add(sub);
            }
        }

        Paragraph(text, prose.Paragraph(random, 1, 2));
        return text.ToString();
    }

    private static string Description(PlannedChapter chapter, SeededRandom random) =>
        $"How {chapter.Topic} can affect {random.Pick(Words.Objects)} and {random.Pick(Words.Objects)}, and where to get help.";

    private void Section(StringBuilder text, int index, IReadOnlyList<PlannedHeading> earlier, SeededRandom random)
    {
        Paragraph(text, prose.Paragraph(random, 1, 3));
        switch (random.Next(10))
        {
            case < 4:
                List(text, random);
                break;
            case < 5:
                Steps(text, random);
                break;
            case < 7:
                Table(text, random);
                break;
        }

        if (random.Percent(60))
        {
            Paragraph(text, prose.Paragraph(random, 1, 3) + " " + Link(index, earlier, random));
        }
        else
        {
            Paragraph(text, prose.Paragraph(random, 1, 3));
        }

        if (random.Percent(12))
        {
            var term = prose.Term(random);
            Paragraph(text, $"Some parents call this [{random.Pick(Words.AliasAdjectives)} {random.Pick(Words.AliasNouns)}](glossary:{term.Term.ToLowerInvariant()}).");
        }
    }

    /// <summary>A link to a heading of another chapter, to another chapter, or to a heading above on this page.</summary>
    private string Link(int index, IReadOnlyList<PlannedHeading> earlier, SeededRandom random)
    {
        var roll = random.Next(100);
        if (roll < 15 && earlier.Count > 0)
        {
            var heading = random.Pick(earlier);
            return $"See [{Text.Lower(heading.Text)}](#{heading.Id}) above.";
        }

        if (roll < 20)
        {
            return "The [NHS website](https://www.nhs.uk/conditions/) has more general advice.";
        }

        var other = chapters.Count == 1 ? index : (index + 1 + random.Next(chapters.Count - 1)) % chapters.Count;
        var target = chapters[other];
        if (roll < 40)
        {
            return $"[{target.Title}]({target.FileName}) explains more.";
        }

        var targetHeading = random.Pick(target.Headings.ToList());
        return $"Read more in [{Text.Lower(targetHeading.Text)}]({target.FileName}#{targetHeading.Id}).";
    }

    private void List(StringBuilder text, SeededRandom random)
    {
        text.Append(random.Pick(ListLeads)).Append("\n\n");
        for (int i = 0, count = random.Between(3, 6); i < count; i++)
        {
            text.Append("- ").Append(prose.ListItem(random)).Append('\n');
        }

        text.Append('\n');
    }

    private static void Steps(StringBuilder text, SeededRandom random)
    {
        text.Append("What to do:\n\n");
        for (int i = 1, count = random.Between(3, 5); i <= count; i++)
        {
            text.Append(Text.Number(i)).Append(". ").Append(Text.Capital(random.Pick(Words.Instructions))).Append(".\n");
        }

        text.Append('\n');
    }

    private static void Table(StringBuilder text, SeededRandom random)
    {
        var headers = random.Shuffle(Words.TableHeaders.Skip(1)).Take(random.Between(2, 3)).Prepend(Words.TableHeaders[0]).ToList();
        text.Append("| ").AppendJoin(" | ", headers).Append(" |\n");
        text.Append('|').AppendJoin('|', headers.Select(_ => " --- ")).Append("|\n");
        for (int row = 0, rows = random.Between(3, 6); row < rows; row++)
        {
            text.Append("| ").Append(Text.Capital(random.Pick(Words.Objects)));
            for (var column = 1; column < headers.Count; column++)
            {
                text.Append(" | ").Append(random.Pick(Words.TableCells));
            }

            text.Append(" |\n");
        }

        text.Append('\n');
    }

    private static void CareCard(StringBuilder text, SeededRandom random)
    {
        var (level, heading) = random.Pick(CareCards);
        text.Append("::: ").Append(level).Append(' ').Append(heading).Append('\n');
        foreach (var condition in random.Shuffle(Words.Conditions).Take(random.Between(2, 5)))
        {
            text.Append("- ").Append(condition).Append('\n');
        }

        text.Append(":::\n\n");
    }

    private static void Heading(StringBuilder text, string marker, PlannedHeading heading) =>
        text.Append(marker).Append(' ').Append(heading.Text).Append("\n\n");

    private static void Paragraph(StringBuilder text, string paragraph) => text.Append(paragraph).Append("\n\n");
}
