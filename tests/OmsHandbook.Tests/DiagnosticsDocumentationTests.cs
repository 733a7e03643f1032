using System.Reflection;
using OmsHandbook.Core;
using OmsHandbook.Tests.Support;

namespace OmsHandbook.Tests;

[Trait("Tier", "Unit")]
public sealed class DiagnosticsDocumentationTests
{
    [Fact]
    public void Every_code_the_generator_can_emit_is_explained_in_docs_diagnostics()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Docs, "diagnostics.md"));
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        var undocumented = codes.Where(code => !docs.Contains($"## {code}:", StringComparison.Ordinal)).ToList();
        Assert.True(undocumented.Count == 0, "Add these codes to docs/diagnostics.md: " + string.Join(", ", undocumented));
    }
}
