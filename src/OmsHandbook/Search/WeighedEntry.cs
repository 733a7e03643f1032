namespace OmsHandbook.Search;

/// <summary>A search entry's tokens with their field-weighted counts, and its weighted length.</summary>
/// <param name="Frequencies">Each token once, with its weighted count: an array, as every entry of a large handbook is held at once.</param>
public sealed record WeighedEntry(KeyValuePair<string, double>[] Frequencies, double Length);
