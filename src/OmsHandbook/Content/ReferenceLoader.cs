using System.Globalization;
using OmsHandbook.Core;

namespace OmsHandbook.Content;

/// <summary>Reads references.yml: a map from citation key to source.</summary>
public static class ReferenceLoader
{
    public const string FileName = "references.yml";

    public static IReadOnlyList<Reference> Load(InputFile file, DiagnosticBag diagnostics)
    {
        var root = YamlText.Parse(file, file.Text, 0, diagnostics);
        var map = root is null ? null : YamlMap.From(root, file, 0, diagnostics, FileName);
        if (map is null)
        {
            return [];
        }

        var references = new List<Reference>();
        foreach (var (key, value, location) in map.Entries())
        {
            var entry = YamlMap.From(value, file, 0, diagnostics, $"reference '{key}'");
            if (entry is null)
            {
                continue;
            }

            var authors = entry.RequiredString("authors");
            var title = entry.RequiredString("title");
            var journal = entry.OptionalString("journal");
            var year = entry.OptionalInt("year");
            var doi = entry.OptionalString("doi", PublishedValue.Doi);
            var pmid = entry.OptionalString("pmid");
            var url = entry.OptionalString("url", PublishedValue.WebAddress);
            entry.ReportUnknownKeys();

            if (year is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingField, entry.Location, $"reference '{key}' needs a 'year:'");
                continue;
            }

            if (doi is null && pmid is null && url is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingField, entry.Location,
                    $"reference '{key}' needs a 'doi:', a 'pmid:' or a 'url:' so readers can find it");
            }

            if (pmid is not null && !long.TryParse(pmid, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, entry.Location, $"'pmid' of '{key}' must be digits only, but it is '{pmid}'");
            }

            if (authors is not null && title is not null)
            {
                references.Add(new Reference(key, authors.Trim(), title.Trim(), journal?.Trim(), year.Value, doi?.Trim(), pmid?.Trim(), url?.Trim(), location));
            }
        }

        return references;
    }
}
