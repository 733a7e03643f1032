using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Nodes;
using OmsHandbook.Content;
using OmsHandbook.Pipeline;

namespace OmsHandbook.Site;

/// <summary>schema.org structured data for pages: MedicalWebPage for chapters, FAQPage for the FAQ.</summary>
public static class JsonLd
{
    // Encoders made by JavaScriptEncoder.Create always escape '<', '>' and '&', so the JSON can never
    // close its script tag; allowing all scripts keeps names like "Armangué" readable.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string MedicalWebPage(SiteConfig site, ContentPage page, IReadOnlyList<Reference> sources)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["name"] = page.Meta.Title,
            ["description"] = page.Meta.Description,
            ["url"] = site.BaseUrl + page.UrlPath,
            ["inLanguage"] = site.Language,
            ["about"] = new JsonObject
            {
                ["@type"] = "MedicalCondition",
                ["name"] = site.Condition.Name,
                ["alternateName"] = new JsonArray(site.Condition.AlternateNames.Select(n => (JsonNode)n!).ToArray()),
            },
            ["medicalAudience"] = new JsonObject
            {
                ["@type"] = "MedicalAudience",
                ["audienceType"] = page.Meta.Audience == Audience.Clinicians ? "Clinician" : "Patient",
            },
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = site.Title },
        };

        if (page.Meta.LastReviewed is { } reviewed)
        {
            json["lastReviewed"] = reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (page.Meta.ReviewedBy.Length > 0)
        {
            json["reviewedBy"] = new JsonObject { ["@type"] = "Person", ["name"] = page.Meta.ReviewedBy };
        }

        if (sources.Count > 0)
        {
            json["citation"] = new JsonArray(sources.Select(Citation).ToArray());
        }

        return json.ToJsonString(Options);
    }

    public static string FaqPage(IReadOnlyList<RenderedFaqEntry> entries) =>
        new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "FAQPage",
            ["mainEntity"] = new JsonArray(entries.Select(e => (JsonNode)new JsonObject
            {
                ["@type"] = "Question",
                ["name"] = e.Entry.Question,
                ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = e.PlainText },
            }).ToArray()),
        }.ToJsonString(Options);

    private static JsonNode Citation(Reference reference)
    {
        var citation = new JsonObject
        {
            ["@type"] = "ScholarlyArticle",
            ["name"] = reference.Title,
            ["author"] = reference.Authors,
            ["datePublished"] = reference.Year.ToString(CultureInfo.InvariantCulture),
        };
        if (reference.Doi is not null)
        {
            citation["sameAs"] = "https://doi.org/" + reference.Doi;
        }
        else if (reference.Url is not null)
        {
            citation["url"] = reference.Url;
        }

        return citation;
    }
}
