using System.Globalization;

namespace OmsHandbook.Core;

/// <summary>One problem found in the input or the output, with where it is and how to fix it.</summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceLocation Location, string Message)
{
    private string SeverityWord => Severity == Severity.Error ? "error" : "warning";

    /// <summary>The MSBuild line format that editors and CI understand.</summary>
    public string ToMsBuildFormat() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Location.File}({Location.Line},{Location.Column}): {SeverityWord} {Code}: {Message}");

    /// <summary>A GitHub Actions workflow command, so a pull request shows the problem on its line.</summary>
    public string ToGitHubFormat() => string.Create(
        CultureInfo.InvariantCulture,
        $"::{SeverityWord} file={Location.File},line={Location.Line},col={Location.Column},title={Code}::{EscapeGitHub(Message)}");

    private static string EscapeGitHub(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
}
