using OmsHandbook.Content;
using OmsHandbook.Core;

namespace OmsHandbook.Markdown.Citations;

/// <summary>
/// Numbers a page's sources in order of first citation and checks every key exists.
/// One instance per output page: a FAQ page numbers across all its answers.
/// </summary>
public sealed class CitationNumbering(IReadOnlyDictionary<string, Reference> references)
{
    private readonly List<Reference> ordered = [];
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    /// <summary>The cited sources, in the order of their numbers.</summary>
    public IReadOnlyList<Reference> Sources => ordered;

    public void Number(CitationInline citation, MarkdownSource source, DiagnosticBag diagnostics)
    {
        var assigned = new List<int>(citation.Keys.Count);
        foreach (var key in citation.Keys)
        {
            if (!numbers.TryGetValue(key, out var number))
            {
                if (!references.TryGetValue(key, out var reference))
                {
                    var hint = Suggest.Nearest(key, references.Keys) is { } near ? $"did you mean '@{near}'? " : "";
                    diagnostics.Error(DiagnosticCodes.UnknownCitation, source.At(citation),
                        $"unknown citation key '@{key}'; {hint}add it to references.yml or fix the spelling");
                    continue;
                }

                ordered.Add(reference);
                number = ordered.Count;
                numbers[key] = number;
            }

            assigned.Add(number);
        }

        citation.Numbers = assigned;
    }
}
