using OmsHandbook.Core;

namespace OmsHandbook.Pipeline;

/// <summary>What every stage of one build shares: its options, the diagnostics it collects, and what it covers.</summary>
public sealed record BuildContext(BuildOptions Options, DiagnosticBag Diagnostics, CancellationToken Cancellation = default)
{
    public BuildScope Scope { get; init; } = BuildScope.WholeSite;
}
