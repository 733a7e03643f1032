using System.Text.RegularExpressions;

namespace OmsHandbook.ContentLint;

/// <summary>A claim found on the web that the evidence contradicts, how to spot it, and what to write instead.</summary>
public sealed record KnownWrongClaim(Regex Pattern, string Why, string Instead);
