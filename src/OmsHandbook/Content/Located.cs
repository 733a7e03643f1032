using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>A value together with the place in the input it came from.</summary>
public sealed record Located<T>(T Value, SourceLocation Location);
