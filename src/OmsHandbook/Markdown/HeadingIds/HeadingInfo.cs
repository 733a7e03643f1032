namespace OmsHandbook.Markdown.HeadingIds;

/// <summary>A heading of a page: its level, its plain text and its id.</summary>
public sealed record HeadingInfo(int Level, string Text, string Id);
