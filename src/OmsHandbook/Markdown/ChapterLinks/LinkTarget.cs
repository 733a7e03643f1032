namespace OmsHandbook.Markdown.ChapterLinks;

/// <summary>A page other pages can link to by its file: its published URL and its heading ids.</summary>
public sealed record LinkTarget(string FullPath, string FileName, string UrlPath, IReadOnlySet<string> Ids);
