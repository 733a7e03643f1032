using System.Text.RegularExpressions;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.Prose;
using OmsHandbook.Readability;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Prose;

[Trait("Tier", "Site")]
public sealed class ReadabilityTests
{
    private static readonly SourceLocation Here = new("page.md", 1, 1);

    private static readonly ReadabilityStandard English = new(ReadingFormula.Smog, SiteConfig.DefaultSmogCeiling);

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("sleep", 1)]
    [InlineData("jumped", 1)]
    [InlineData("wanted", 2)]
    [InlineData("table", 2)]
    [InlineData("because", 2)]
    [InlineData("medicine", 3)]
    [InlineData("irritable", 4)]
    [InlineData("ataxia", 4)]
    [InlineData("opsoclonus", 4)]
    [InlineData("neuroblastoma", 5)]
    [InlineData("immunotherapy", 6)]
    [InlineData("condition", 3)]
    public void Syllables_are_counted_as_a_reader_would_say_them(string word, int syllables) =>
        Assert.Equal(syllables, Syllables.Count(word));

    [Fact]
    public void The_syllable_counter_agrees_with_its_patterns_on_every_word_of_the_handbook()
    {
        var words = Directory.EnumerateFiles(RepoPaths.Input, "*.*", SearchOption.AllDirectories)
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"[\p{L}\p{N}]+(?:['’][\p{L}]+)*").Select(m => m.Value))
            .Concat(["wishes", "wanted", "jumped", "table", "able", "ease", "eyes", "radio", "video", "ataxia", "ruined", "dual", "duo", "pious", "continuous", "trial", "liaison", "ÉTUDE", "Naïve"])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(words.Count > 2000, $"only {words.Count} words");

        var disagreements = words.Where(w => Syllables.Count(w) != ByPatterns(w)).Select(w => $"{w}: {Syllables.Count(w)} not {ByPatterns(w)}").ToList();

        Assert.Empty(disagreements);
    }

    /// <summary>The counting rules as the regular expressions they were first written as.</summary>
    private static int ByPatterns(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length <= 3)
        {
            return 1;
        }

        w = Regex.Replace(w, "(?:(?<![sxzhcgdt])es|(?<![td])ed|(?<![^aeiouy]l)e)$", "");
        return Math.Max(1, Regex.Count(w, "[aeiouy]+") + Regex.Count(w, "(?:[^cgst]ia|[^cgst]io(?!u)|eo|ua(?!l)|uo|iu)"));
    }

    [Fact]
    public void Smog_follows_the_published_formula()
    {
        // 30 sentences with 9 words of three or more syllables: 1.0430 × √9 + 3.1291 = 6.26.
        var blocks = Enumerable.Range(0, 30)
            .Select(i => ProseBlock.Plain(ProseKind.Paragraph, i < 9 ? "The medicine helps." : "The cat sat.", Here))
            .ToList();

        var page = English.Measure("page.md", Audience.Families, blocks);

        Assert.Equal(30, page.SentenceCount);
        Assert.Equal(6.3, page.Score);
    }

    [Fact]
    public void Headings_and_list_items_count_as_sentences_and_abbreviations_do_not_end_one()
    {
        var blocks = new[]
        {
            ProseBlock.Plain(ProseKind.Heading, "Getting help", Here),
            ProseBlock.Plain(ProseKind.ListItem, "a fever", Here),
            ProseBlock.Plain(ProseKind.Paragraph, "Tell your team, e.g. your nurse. It affects about 0.18 per million people in the UK! Ask them.", Here),
        };

        var page = English.Measure("page.md", Audience.Families, blocks);

        Assert.Equal(5, page.SentenceCount);
        Assert.Equal("It affects about 0.18 per million people in the UK!", page.LongestSentence?.Text);
    }

    [Fact]
    public async Task A_hard_family_page_warns_with_its_hardest_sentences_and_their_lines()
    {
        using var handbook = new SmallHandbook();
        handbook.Write("chapters/03-hard.md", """
            ---
            title: Hard
            description: A hard page.
            audience: families
            last_reviewed: 2026-11-01
            ---
            Immunomodulatory interventions necessitate multidisciplinary coordination [@smith2020].

            Pharmacological immunosuppression necessitates individualised monitoring arrangements.

            Short words are kind.
            """);
        handbook.Write("chapters/04-technical.md", """
            ---
            title: Technical
            description: A technical page.
            audience: clinicians
            last_reviewed: 2026-11-01
            ---
            Immunomodulatory interventions necessitate multidisciplinary coordination [@smith2020].

            Pharmacological immunosuppression necessitates individualised monitoring arrangements.
            """);

        var result = await Build.Run(handbook.Input, handbook.Output);

        var warnings = result.Diagnostics.Sorted().Where(d => d.Code == DiagnosticCodes.HardToRead).ToList();
        var warning = Assert.Single(warnings, w => w.Location.File.EndsWith("03-hard.md", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Location.File.EndsWith("04-technical.md", StringComparison.Ordinal));
        Assert.Contains("line 7: \"Immunomodulatory interventions", warning.Message, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
        Assert.Contains(result.Readability, r => r.Page.EndsWith("04-technical.md", StringComparison.Ordinal) && r.Score > 12);
    }

    [Fact]
    public async Task The_ceiling_comes_from_site_yml()
    {
        using var handbook = new SmallHandbook();
        var site = File.ReadAllText(handbook.PathOf("site.yml"));
        handbook.Write("site.yml", site + "\nsmog_ceiling: 3\n");

        var result = await Build.Run(handbook.Input, handbook.Output);

        Assert.Contains(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.HardToRead && d.Location.File.EndsWith("01-symptoms.md", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.HardToRead && d.Location.File.EndsWith("02-treatment.md", StringComparison.Ordinal));
        Assert.Equal(3, result.SmogCeiling);
    }

    [Fact]
    public async Task Build_report_prints_a_row_per_page_with_audience_words_smog_and_longest_sentence()
    {
        using var handbook = new SmallHandbook();

        var (code, stdout, _) = await Build.Cli("build", "--report", "--input", handbook.Input, "--output", handbook.Output, "--today", Build.TodayArgument);

        Assert.Equal(0, code);
        Assert.Contains("| page ", stdout, StringComparison.Ordinal);
        Assert.Contains("| SMOG |", stdout, StringComparison.Ordinal);
        var symptoms = stdout.Split('\n').Single(l => l.Contains("01-symptoms.md", StringComparison.Ordinal));
        Assert.Matches(@"\| families\s+\|\s+\d+ \|\s+\d+ \|\s+\d+\.\d \|\s+\d+ \|", symptoms);
        Assert.Contains(stdout.Split('\n'), l => l.Contains("02-treatment.md", StringComparison.Ordinal) && l.Contains("| clinicians ", StringComparison.Ordinal));
        Assert.Contains(stdout.Split('\n'), l => l.Contains("faq.yml", StringComparison.Ordinal));
    }
}
