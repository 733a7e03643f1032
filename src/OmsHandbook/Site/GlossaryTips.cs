using OmsHandbook.Core;
using OmsHandbook.Search;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Site;

/// <summary>
/// The short definitions a page carries for its glossary links, so a reader can open a term's
/// meaning where they are reading. Plain text: a tip's citations would point at the wrong page.
/// </summary>
public sealed class GlossaryTips
{
    private readonly Dictionary<string, GlossaryTip> tips;

    /// <param name="glossaryPath">The edition's glossary page, where each tip's "full entry" leads.</param>
    public GlossaryTips(IEnumerable<RenderedGlossaryTerm> glossary, string glossaryPath) =>
        tips = glossary.ToDictionary(
            g => g.Term.Slug,
            g => new GlossaryTip(g.Term.Slug, g.Term.Term, string.Join(' ', g.Prose.Select(p => p.Text.Trim())), glossaryPath + "#" + g.Term.AnchorId),
            StringComparer.Ordinal);

    /// <summary>The tips for the terms a page links, in a stable order.</summary>
    public IReadOnlyList<GlossaryTip> For(IEnumerable<string> slugs) =>
        slugs.Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Where(tips.ContainsKey)
            .Select(slug => tips[slug])
            .ToList();
}
