namespace OmsHandbook.Bench.Corpus;

/// <summary>
/// Builds sentences from templates and word lists: subjects, verbs, objects, conditions, findings
/// with numbers, mentions of glossary terms and citations, in varied lengths — the shape of the
/// handbook's own plain-English prose.
/// </summary>
public sealed class ProseWriter(IReadOnlyList<PlannedTerm> glossary, IReadOnlyList<PlannedReference> references)
{
    public string Paragraph(SeededRandom random, int minSentences, int maxSentences) =>
        string.Join(' ', Enumerable.Range(0, random.Between(minSentences, maxSentences)).Select(_ => Sentence(random)));

    public string Sentence(SeededRandom random)
    {
        var roll = random.Next(100);
        if (roll >= 92)
        {
            return random.Pick(Words.ShortSentences);
        }

        // A figure always carries its source, as the build insists (OMS0603).
        if (roll is >= 50 and < 58)
        {
            return Text.Capital(Finding(random)) + $" [@{random.Pick(references).Key}].";
        }

        var text = roll switch
        {
            < 28 => $"{random.Pick(Words.Subjects)} {random.Pick(Words.Modals)} {random.Pick(Words.Verbs)} {Thing(random)}{Adverbial(random)}",
            < 38 => $"It can help to {random.Pick(Words.Verbs)} {random.Pick(Words.Objects)}{Adverbial(random)}",
            < 50 => $"If {random.Pick(Words.Conditions)}, {random.Pick(Words.Instructions)}",
            < 74 => TermSentence(random),
            < 84 => $"{random.Pick(Words.Subjects)} and {Text.Lower(random.Pick(Words.Subjects))} {random.Pick(Words.Modals)} {random.Pick(Words.Verbs)} {random.Pick(Words.Objects)} together",
            _ => $"When {random.Pick(Words.Conditions)}, {Text.Lower(random.Pick(Words.Subjects))} {random.Pick(Words.Modals)} {random.Pick(Words.Verbs)} {Thing(random)}",
        };
        return Text.Capital(text) + Citation(random) + ".";
    }

    /// <summary>A glossary term or one of its aliases, as a writer would use it mid-sentence.</summary>
    public string TermMention(SeededRandom random)
    {
        var term = random.Pick(glossary);
        return term.Aliases.Count > 0 && random.Percent(40) ? random.Pick(term.Aliases) : term.Term.ToLowerInvariant();
    }

    public PlannedTerm Term(SeededRandom random) => random.Pick(glossary);

    /// <summary>" [@key]" or " [@a; @b]" on about four sentences in ten, else nothing.</summary>
    public string Citation(SeededRandom random)
    {
        var roll = random.Next(100);
        if (roll >= 42)
        {
            return "";
        }

        var first = random.Pick(references).Key;
        var second = random.Pick(references).Key;
        return roll < 32 || first == second ? $" [@{first}]" : $" [@{first}; @{second}]";
    }

    /// <summary>A short list item: "night waking in the evening".</summary>
    public string ListItem(SeededRandom random) =>
        random.Percent(15) ? TermMention(random) + Adverbial(random) : random.Pick(Words.Objects) + Adverbial(random);

    private string Thing(SeededRandom random) => random.Percent(18) ? TermMention(random) : random.Pick(Words.Objects);

    private static string Adverbial(SeededRandom random) => random.Percent(55) ? " " + random.Pick(Words.Adverbials) : "";

    private static string Finding(SeededRandom random)
    {
        var outOf = random.Pick([4, 5, 10]);
        return random.Percent(50)
            ? $"In one study of {Text.Number(random.Between(12, 420))} children, {Text.Number(random.Between(1, outOf - 1))} in {Text.Number(outOf)} {random.Pick(Words.Findings)}"
            : $"About {Text.Number(random.Between(5, 95))}% of children in {random.Pick(Words.StudyKinds)} {random.Pick(Words.Findings)}";
    }

    private string TermSentence(SeededRandom random)
    {
        var term = TermMention(random);
        return random.Next(6) switch
        {
            0 => $"Doctors call this {term}",
            1 => $"{Text.Capital(term)} is one of the signs doctors look for",
            2 => $"Some children also have {term}",
            3 => $"The team may check for {term}{Adverbial(random)}",
            4 => $"{Text.Capital(term)} often gets better with time",
            _ => $"Ask your team whether {term} could explain {random.Pick(Words.Objects)}",
        };
    }
}
