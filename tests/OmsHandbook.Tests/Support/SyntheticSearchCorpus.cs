using System.Text;
using OmsHandbook.Search;

namespace OmsHandbook.Tests.Support;

/// <summary>
/// A search corpus the size of the benchmark handbook, made up: pages of sections whose words follow
/// Zipf's law over a large vocabulary, as real text does, plus a glossary whose names the text uses.
/// Same seed, same corpus.
/// </summary>
public static class SyntheticSearchCorpus
{
    private const string Consonants = "bcdfghklmnprstvz";
    private const string Vowels = "aeiou";

    public static SearchCorpus Create(int pages, int sectionsPerPage = 10, int wordsPerSection = 90, int vocabulary = 40_000, int seed = 7)
    {
        var random = new Random(seed);
        var words = Vocabulary(vocabulary, random);
        var cumulative = new double[words.Count];
        var total = 0.0;
        for (var rank = 0; rank < words.Count; rank++)
        {
            total += 1 / Math.Pow(rank + 1, 1.07);
            cumulative[rank] = total;
        }

        string Word()
        {
            var i = Array.BinarySearch(cumulative, random.NextDouble() * total);
            return words[Math.Min(words.Count - 1, i >= 0 ? i : ~i)];
        }

        string Text(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Word()));

        var glossary = Enumerable.Range(0, 200)
            .Select(i => new SearchSynonyms($"term-{i}", words[(1000 + i) % words.Count], [words[(5000 + i) % words.Count] + " " + words[(6000 + i) % words.Count]]))
            .ToList();
        var corpus = new List<CorpusPage>();
        for (var p = 0; p < pages; p++)
        {
            var title = $"{Capitalise(Word())} {Word()} {Word()}";
            var entries = new List<SearchEntry>();
            for (var s = 0; s <= sectionsPerPage; s++)
            {
                var heading = s == 0 ? "" : $"{Capitalise(Word())} {Word()} {Word()}";
                var text = Text(wordsPerSection);
                var uses = Enumerable.Range(0, 2).Select(_ => glossary[random.Next(glossary.Count)].Slug).Distinct()
                    .Order(StringComparer.Ordinal).Select(slug => new TermUse(slug, 1)).ToList();
                entries.Add(new SearchEntry(heading, s == 0 ? "" : $"section-{s}", text,
                    [new(s == 0 ? title : heading, s == 0 ? SearchWeights.PageTitle : SearchWeights.Heading), new(text, SearchWeights.Text), new(title, SearchWeights.TitleOfSectionPage)],
                    uses));
            }

            corpus.Add(new CorpusPage(title, $"/page-{p}/", entries));
        }

        return new SearchCorpus(corpus, glossary);
    }

    /// <summary>Distinct made-up words of two to four syllables; the most frequent are the shortest, as in English.</summary>
    private static List<string> Vocabulary(int count, Random random)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>(count);
        while (words.Count < count)
        {
            var syllables = 2 + Math.Min(2, words.Count * 3 / count);
            var word = new StringBuilder();
            for (var s = 0; s < syllables; s++)
            {
                word.Append(Consonants[random.Next(Consonants.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
            }

            word.Append(Consonants[random.Next(Consonants.Length)]);
            if (seen.Add(word.ToString()))
            {
                words.Add(word.ToString());
            }
        }

        return words;
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
