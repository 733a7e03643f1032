using System.Collections.Concurrent;

namespace OmsHandbook.Core;

/// <summary>
/// Collects diagnostics from every stage (and from parallel work) so one run reports every problem.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();

    // Replaced whole, never changed in place, so parallel reporters read it without a lock.
    private IReadOnlySet<string> silenced = new HashSet<string>(StringComparer.Ordinal);

    public void Report(Severity severity, string code, SourceLocation location, string message)
    {
        if (!silenced.Contains(code))
        {
            items.Enqueue(new Diagnostic(code, severity, location, message));
        }
    }

    /// <summary>Reports again what an earlier run found, e.g. for a page a cache answered.</summary>
    public void AddRange(IEnumerable<Diagnostic> found)
    {
        foreach (var diagnostic in found.Where(d => !silenced.Contains(d.Code)))
        {
            items.Enqueue(diagnostic);
        }
    }

    /// <summary>
    /// Stops reporting the codes that only follow from a problem already reported: when
    /// references.yml did not load, every citation would otherwise be an unknown key, and the one
    /// line that says why would be lost among a thousand.
    /// </summary>
    public void Silence(IEnumerable<string> consequences) =>
        silenced = new HashSet<string>(silenced.Concat(consequences), StringComparer.Ordinal);

    /// <summary>True when an error was reported in this file (as messages name it).</summary>
    public bool HasErrorsIn(string displayPath) =>
        items.Any(d => d.Severity == Severity.Error && string.Equals(d.Location.File, displayPath, StringComparison.Ordinal));

    public void Error(string code, SourceLocation location, string message) => Report(Severity.Error, code, location, message);

    public void Warning(string code, SourceLocation location, string message) => Report(Severity.Warning, code, location, message);

    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => items.Count(d => d.Severity == Severity.Error);

    public int WarningCount => items.Count(d => d.Severity == Severity.Warning);

    /// <summary>The warnings `check --strict` fails on: all but <see cref="DiagnosticCodes.NotBlockingUnderStrict"/>.</summary>
    public int BlockingWarningCount => items.Count(d => d.Severity == Severity.Warning && !DiagnosticCodes.NotBlockingUnderStrict.Contains(d.Code));

    /// <summary>All diagnostics in a stable order (file, line, column, code), whatever order they were found in.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
             .ThenBy(d => d.Location.Line)
             .ThenBy(d => d.Location.Column)
             .ThenBy(d => d.Code, StringComparer.Ordinal)
             .ThenBy(d => d.Message, StringComparer.Ordinal)
             .ToList();
}
