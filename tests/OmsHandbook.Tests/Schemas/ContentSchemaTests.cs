using OmsHandbook.Content;
using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests.Schemas;

/// <summary>The handbook's own files point editors at their schemas, and pass them.</summary>
[Trait("Tier", "Unit")]
public sealed class ContentSchemaTests
{
    [Theory]
    [InlineData("", "site")]
    [InlineData("", "faq")]
    [InlineData("", "glossary")]
    [InlineData("", "references")]
    [InlineData("", "search-synonyms")]
    [InlineData("es", "site")]
    [InlineData("es", "faq")]
    [InlineData("es", "glossary")]
    [InlineData("es", "search-synonyms")]
    public void Each_data_file_names_its_schema_on_its_first_line_and_passes_it(string edition, string name)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Input, edition, name + ".yml"));
        var up = edition.Length == 0 ? "../" : "../../";

        Assert.StartsWith($"# yaml-language-server: $schema={up}schemas/{name}.schema.json\n", text.ReplaceLineEndings("\n"));
        Assert.True(File.Exists(SchemaAgreementTests.SchemaPath(name)));
        Assert.Empty(SchemaAgreementTests.SchemaErrors(name, text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("es")]
    public void Every_chapter_front_matter_passes_the_chapter_schema(string edition)
    {
        var chapters = Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, edition, "chapters"), "*.md").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(chapters);
        foreach (var chapter in chapters)
        {
            var file = new InputFile(chapter, chapter, File.ReadAllText(chapter).ReplaceLineEndings("\n")) { RelativePath = Path.GetFileName(chapter) };
            var (yaml, _, _) = FrontMatter.Split(file, new DiagnosticBag())!.Value;
            var errors = SchemaAgreementTests.SchemaErrors("chapter", yaml);
            Assert.True(errors.Count == 0, Path.GetFileName(chapter) + ": " + string.Join("; ", errors));
        }
    }
}
