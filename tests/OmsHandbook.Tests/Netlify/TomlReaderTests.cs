using OmsHandbook.Serve.Netlify;

namespace OmsHandbook.Tests.Netlify;

/// <summary>The TOML subset netlify.toml uses, read as TOML defines it, and mistakes reported where they are.</summary>
[Trait("Tier", "Unit")]
public sealed class TomlReaderTests
{
    [Fact]
    public void Tables_arrays_of_tables_and_their_sub_tables_nest_as_in_netlify_toml()
    {
        var toml = TomlReader.Parse("""
            # comment
            [build]
              command = "make" # trailing comment
            [build.environment]
              A = "1"

            [[headers]]
              for = "/*"
              [headers.values]
                X-One = "1"
            [[headers]]
              for = "/assets/*"
              [headers.values]
                X-Two = '2'
            """);

        Assert.Equal("make", toml.Table("build")!.Text("command"));
        Assert.Equal("1", toml.Table("build")!.Table("environment")!.Text("A"));
        var headers = toml.Tables("headers");
        Assert.Equal(["/*", "/assets/*"], headers.Select(h => h.Text("for")));
        Assert.Equal("1", headers[0].Table("values")!.Text("X-One"));
        Assert.Equal("2", headers[1].Table("values")!.Text("X-Two"));
    }

    [Fact]
    public void Strings_of_every_kind_numbers_booleans_arrays_inline_tables_and_dotted_keys()
    {
        var toml = TomlReader.Parse(""""
            basic = "tab\there \"quoted\" \u00e9"
            literal = 'C:\path'
            joined = """\
              one, \
              two"""
            lines = '''
            first
            second'''
            count = -1_000
            on = true
            off = false
            list = [ "a",
              "b", # comment inside
            ]
            inline = { status = 301, force = false }
            a.b."c d" = "deep"
            "quoted key" = 1
            """");

        Assert.Equal("tab\there \"quoted\" é", toml.Text("basic"));
        Assert.Equal(@"C:\path", toml.Text("literal"));
        Assert.Equal("one, two", toml.Text("joined"));
        Assert.Equal("first\nsecond", toml.Text("lines"));
        Assert.Equal(-1000, toml.Number("count"));
        Assert.Equal((true, false), (toml.Flag("on"), toml.Flag("off")));
        Assert.Equal(["a", "b"], (List<object>)toml["list"]!);
        Assert.Equal(301, toml.Table("inline")!.Number("status"));
        Assert.Equal("deep", toml.Table("a")!.Table("b")!.Text("c d"));
        Assert.Equal(1, toml.Number("quoted key"));
    }

    [Theory]
    [InlineData("a = \"open\nb = 1", 1, 5, "not closed")]
    [InlineData("a = 1\na = 2", 2, 5, "given twice")]
    [InlineData("[x]\n[x]", 2, 4, "defined twice")]
    [InlineData("ratio = 1.5", 1, 10, "whole numbers")]
    [InlineData("day = 2026-11-21", 1, 11, "whole numbers")]
    [InlineData("a = 1 b = 2", 1, 7, "end of the line")]
    [InlineData("a = [1 2]", 1, 8, "expected ','")]
    [InlineData("a = yes", 1, 5, "expected a value")]
    [InlineData("s = \"\\q\"", 1, 6, "escape")]
    [InlineData("a = 1\n[[a]]", 2, 6, "already a value")]
    public void A_mistake_is_reported_at_its_line_and_column(string text, int line, int column, string reason)
    {
        var error = Assert.Throws<TomlException>(() => TomlReader.Parse(text));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Reason);
    }
}
