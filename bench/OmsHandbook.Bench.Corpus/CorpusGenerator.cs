namespace OmsHandbook.Bench.Corpus;

/// <summary>A file of the corpus: its path under the input folder (forward slashes) and its text.</summary>
public sealed record CorpusFile(string Path, string Text);

/// <summary>
/// Generates a whole handbook input folder from a page count and a seed: the same two numbers
/// always give the same bytes.
/// </summary>
public static class CorpusGenerator
{
    public const int DefaultSeed = 20261121;

    /// <summary>Every page's last review; benchmarks pass a --today within a year of it, so the corpus never goes stale.</summary>
    public const string ReviewDate = "2026-03-01";

    public static IEnumerable<CorpusFile> Generate(int pages, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        var glossary = Planner.Glossary(seed);
        var references = Planner.Bibliography(seed);
        var chapters = Planner.Chapters(seed, pages);
        var prose = new ProseWriter(glossary, references);
        var data = new DataFileWriter(prose, seed, ReviewDate);

        yield return new CorpusFile("site.yml", DataFileWriter.Site(pages));
        yield return new CorpusFile("index.md", data.Home(chapters));
        yield return new CorpusFile("glossary.yml", data.Glossary(glossary));
        yield return new CorpusFile("faq.yml", data.Faq(chapters));
        yield return new CorpusFile("references.yml", DataFileWriter.References(references));

        var writer = new ChapterWriter(prose, chapters, ReviewDate);
        for (var i = 0; i < chapters.Count; i++)
        {
            yield return new CorpusFile("chapters/" + chapters[i].FileName, writer.Write(i, SeededRandom.For(seed, "chapter", i)));
        }
    }

    /// <summary>Writes the corpus into a folder, replacing any corpus already there.</summary>
    public static int WriteTo(string folder, int pages, int seed = DefaultSeed)
    {
        var chaptersFolder = Path.Combine(folder, "chapters");
        if (Directory.Exists(chaptersFolder))
        {
            Directory.Delete(chaptersFolder, recursive: true);
        }

        Directory.CreateDirectory(chaptersFolder);
        var count = 0;
        foreach (var file in Generate(pages, seed))
        {
            File.WriteAllText(Path.Combine(folder, file.Path), file.Text);
            count++;
        }

        return count;
    }
}
