using System.Text.RegularExpressions;
using OmsHandbook.Bench.Corpus;
using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Markdown.GlossaryLinks;

namespace OmsHandbook.Tests.Markdown;

/// <summary>Finding glossary mentions in text: which words become links, and to which term.</summary>
[Trait("Tier", "Unit")]
public sealed class GlossaryIndexTests
{
    private static readonly GlossaryIndex Index = new(
    [
        Term("Opsoclonus", "dancing eyes"),
        Term("Opsoclonus-myoclonus syndrome", "OMS", "dancing eye syndrome"),
        Term("Intravenous immunoglobulin", "IVIG"),
        Term("Rituximab"),
    ]);

    private static List<(string Slug, string Text)> Mentions(GlossaryIndex index, string text) =>
        index.Mentions(text).Select(m => (m.Term.Slug, text.Substring(m.Index, m.Length))).ToList();

    [Fact]
    public void A_space_in_a_name_matches_any_run_of_whitespace()
    {
        Assert.Equal([("opsoclonus", "dancing \t eyes")], Mentions(Index, "Her dancing \t eyes."));
        Assert.Empty(Mentions(Index, "Her dancingeyes."));
    }

    [Fact]
    public void Punctuation_bounds_a_word_but_letters_and_digits_do_not()
    {
        Assert.Equal([("opsoclonus-myoclonus-syndrome", "OMS"), ("intravenous-immunoglobulin", "IVIG")], Mentions(Index, "(OMS), then \"IVIG\"."));
        Assert.Empty(Mentions(Index, "OMS2 xIVIG rituximabs éOMS"));
    }

    [Fact]
    public void Where_names_overlap_the_longest_wins_and_the_text_after_it_is_searched_on()
    {
        Assert.Equal(
            [("opsoclonus-myoclonus-syndrome", "Opsoclonus-myoclonus syndrome"), ("rituximab", "rituximab")],
            Mentions(Index, "Opsoclonus-myoclonus syndrome treated with rituximab."));
        Assert.Equal([("opsoclonus", "opsoclonus")], Mentions(Index, "opsoclonus-myoclonus"));
    }

    [Fact]
    public void A_glossary_without_names_finds_nothing()
    {
        Assert.Empty(new GlossaryIndex([]).Mentions("Opsoclonus"));
    }

    /// <summary>
    /// The rule as one regular expression (how it was first written), checked against the matcher on
    /// the benchmark corpus's prose and its whole glossary of 300 terms and their aliases.
    /// </summary>
    [Fact]
    public void On_a_large_glossary_it_finds_exactly_what_the_rule_written_as_a_regex_finds()
    {
        var files = CorpusGenerator.Generate(30).ToList();
        var glossaryFile = files.Single(f => f.Path == "glossary.yml");
        var terms = GlossaryLoader.Load(new InputFile("/corpus/glossary.yml", "glossary.yml", glossaryFile.Text) { RelativePath = "glossary.yml" }, new DiagnosticBag());
        var index = new GlossaryIndex(terms);
        var names = terms.SelectMany(t => t.Aliases.Select(a => a.Value).Prepend(t.Term))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)
            .Select(n => Regex.Escape(n).Replace("\\ ", "\\s+", StringComparison.Ordinal));
        var rule = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', names) + @")(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        var text = string.Join("\n", files.Where(f => f.Path.StartsWith("chapters/", StringComparison.Ordinal)).Select(f => f.Text));
        var expected = rule.Matches(text).Select(m => (index.Find(m.Value)!.Slug, m.Value)).ToList();

        Assert.True(expected.Count > 100, $"the corpus should mention many terms, but has {expected.Count}");
        Assert.Equal(expected, Mentions(index, text));
    }

    private static GlossaryTerm Term(string name, params string[] aliases) =>
        new(name, Slug.From(name), aliases.Select(a => new Located<string>(a, SourceLocation.StartOf("glossary.yml"))).ToList(),
            "Definition.", SourceLocation.StartOf("glossary.yml"), [], SourceLocation.StartOf("glossary.yml"));
}
