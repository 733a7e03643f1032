namespace OmsHandbook.Content;

/// <summary>An image under input/media, copied to /media/ as it is.</summary>
public sealed record MediaFile(string FullPath, string RelativePath);
