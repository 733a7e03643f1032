using OmsHandbook.Core;

namespace OmsHandbook.Pipeline;

/// <summary>What every stage of one build shares: its options and the diagnostics it collects.</summary>
public sealed record BuildContext(BuildOptions Options, DiagnosticBag Diagnostics, CancellationToken Cancellation = default);
