using OmsHandbook.Content;

namespace OmsHandbook.Bench.Corpus;

/// <summary>
/// Decides names before anything is written: glossary terms, reference keys, chapter titles and
/// headings. Every list comes from its own seeded stream, so chapter 12 is the same whatever N is.
/// </summary>
public static class Planner
{
    public const int GlossaryTerms = 300;
    public const int References = 250;

    private const string Consonants = "BCDFGHJKLMNPQRSTVWXZ";

    public static IReadOnlyList<PlannedTerm> Glossary(int seed)
    {
        var random = SeededRandom.For(seed, "glossary", 0);
        var words = random.Shuffle(Words.TermPrefixes.SelectMany(p => Words.TermSuffixes.Select(s => p + s)))
            .Take(GlossaryTerms)
            .Select(Text.Capital)
            .ToList();
        var phrases = new Queue<string>(random.Shuffle(Words.AliasAdjectives.SelectMany(a => Words.AliasNouns.Select(n => a + " " + n))));

        // Abbreviations are consonants only, so none of them is also an everyday word in the prose.
        var taken = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        var aliases = words.Select(_ =>
        {
            var list = new List<string>();
            if (random.Percent(50) && phrases.Count > 0)
            {
                list.Add(phrases.Dequeue());
            }

            if (random.Percent(40))
            {
                string code;
                do
                {
                    code = string.Concat(Enumerable.Range(0, 3).Select(_ => Consonants[random.Next(Consonants.Length)]));
                }
                while (!taken.Add(code));
                list.Add(code);
            }

            return list;
        }).ToList();

        return words.Select((word, i) =>
        {
            var seeAlso = Enumerable.Range(0, random.Between(0, 2))
                .Select(_ => words[random.Next(words.Count)])
                .Where(other => other != word)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return new PlannedTerm(word, aliases[i], seeAlso);
        }).ToList();
    }

    public static IReadOnlyList<PlannedReference> Bibliography(int seed)
    {
        var random = SeededRandom.For(seed, "references", 0);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<PlannedReference>();
        while (references.Count < References)
        {
            var surname = random.Pick(Words.Surnames);
            var year = random.Between(1995, 2025);
            var key = surname.ToLowerInvariant() + Text.Number(year);
            for (var suffix = 'a'; !keys.Add(key); suffix++)
            {
                key = surname.ToLowerInvariant() + Text.Number(year) + suffix;
            }

            var authors = string.Join(", ", Enumerable.Range(0, random.Between(1, 3))
                .Select(i => (i == 0 ? surname : random.Pick(Words.Surnames)) + " " + Consonants[random.Next(20)] + Consonants[random.Next(20)]))
                + (random.Percent(60) ? ", et al." : "");
            var title = Text.Capital($"{random.Pick(Words.Topics)} and {random.Pick(Words.Objects)} in children with opsoclonus-myoclonus syndrome: {random.Pick(Words.StudyKinds)}");
            var online = random.Percent(15);
            var doi = online ? null : $"10.{Text.Number(random.Between(1000, 9999))}/{key}.{Text.Number(random.Between(100, 999))}";
            var pmid = online || random.Percent(20) ? null : Text.Number(random.Between(10_000_000, 39_999_999));
            var url = online ? $"https://www.example.org/oms/{key}" : null;
            references.Add(new PlannedReference(key, authors, title, random.Pick(Words.Journals), year, doi, pmid, url));
        }

        return references;
    }

    public static IReadOnlyList<PlannedChapter> Chapters(int seed, int count)
    {
        var titles = SeededRandom.For(seed, "titles", 0).Shuffle(
            Words.TitleOpenings.SelectMany(o => Words.Topics.SelectMany(t => Words.TitleQualifiers.Select(q => (Opening: o, Topic: t, Qualifier: q)))));
        var width = Math.Max(2, Text.Number(count).Length);
        return Enumerable.Range(0, count).Select(i =>
        {
            var (opening, topic, qualifier) = titles[i % titles.Count];
            var title = $"{opening} {topic} {qualifier}" + (i >= titles.Count ? $", part {Text.Number((i / titles.Count) + 1)}" : "");
            var fileName = Text.Number(i + 1).PadLeft(width, '0') + "-" + Slug.From(title) + ".md";
            return new PlannedChapter(fileName, title, topic, Sections(SeededRandom.For(seed, "headings", i)));
        }).ToList();
    }

    private static List<PlannedSection> Sections(SeededRandom random)
    {
        var subHeadings = new Queue<string>(random.Shuffle(Words.SubHeadings));
        return random.Shuffle(Words.SectionHeadings)
            .Take(random.Between(4, 7))
            .Select(text => new PlannedSection(
                Heading(text),
                Enumerable.Range(0, random.Percent(45) ? random.Between(1, 2) : 0)
                    .Where(_ => subHeadings.Count > 0)
                    .Select(_ => Heading(subHeadings.Dequeue()))
                    .ToList()))
            .ToList();
    }

    private static PlannedHeading Heading(string text) => new(text, Slug.From(text));
}
