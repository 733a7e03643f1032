namespace OmsHandbook.Content;

/// <summary>An SVG drawing under input/media that passed the figure rules, ready to draw inline in a page.</summary>
/// <param name="RelativePath">Its path inside input/media, with forward slashes.</param>
/// <param name="Markup">The root &lt;svg&gt; element as written, with role="img" and the accessible name added.</param>
/// <param name="Title">The text of its &lt;title&gt;: the short text alternative.</param>
/// <param name="Description">The text of its &lt;desc&gt;, the longer description, or null when it has none.</param>
public sealed record SvgFigure(string RelativePath, string Markup, string Title, string? Description);
