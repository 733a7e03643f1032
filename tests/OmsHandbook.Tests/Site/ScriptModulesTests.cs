using System.Text;
using OmsHandbook.Site;
using OmsHandbook.Theme;

namespace OmsHandbook.Tests.Site;

/// <summary>Folders of script modules under assets/ joined into one script each, or the build stops saying why.</summary>
[Trait("Tier", "Unit")]
public sealed class ScriptModulesTests
{
    [Theory]
    [InlineData("a.js", "import { b } from './b.js';\n", "b.js", "import { b } from './b.js';\nexport const b = 1;\n", "import cycle")]
    [InlineData("a.js", "export const a = 1;\n", "b.js", "export const b = 1;\n", "one part that no other imports")]
    [InlineData("a.js", "import { c } from './c.js';\n", "b.js", "import { a } from './a.js';\n", "has no module 'c.js'")]
    [InlineData("a.js", "import c from './c.js';\n", "b.js", "import { a } from './a.js';\n", "cannot be joined")]
    public void Modules_that_cannot_be_joined_in_one_order_stop_the_build(string first, string firstText, string second, string secondText, string message)
    {
        ThemeAsset[] modules = [new("x/" + first, Encoding.UTF8.GetBytes(firstText)), new("x/" + second, Encoding.UTF8.GetBytes(secondText))];

        var error = Assert.Throws<InvalidOperationException>(() => ScriptModules.Join(modules));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Modules_join_in_the_order_a_browser_would_run_them()
    {
        ThemeAsset[] modules =
        [
            new("x/main.js", Encoding.UTF8.GetBytes("import { b } from './b.js';\nimport { a } from './a.js';\nmain(a, b);\n")),
            new("x/a.js", Encoding.UTF8.GetBytes("import { c } from './c.js';\nexport const a = c;\n")),
            new("x/b.js", Encoding.UTF8.GetBytes("import {\n  c,\n} from './c.js';\nexport const b = c;\n")),
            new("x/c.js", Encoding.UTF8.GetBytes("export const c = 1;\n")),
            new("x.css", Encoding.UTF8.GetBytes("p {}\n")),
        ];

        var joined = ScriptModules.Join(modules);

        Assert.Equal(["x.css", "x.js"], joined.Select(a => a.Path));
        Assert.Equal("export const c = 1;\nexport const b = c;\nexport const a = c;\nmain(a, b);\n", Encoding.UTF8.GetString(joined[1].Content));
    }
}
