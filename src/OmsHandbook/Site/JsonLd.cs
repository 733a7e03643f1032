using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Nodes;
using OmsHandbook.Content;
using OmsHandbook.Search;

namespace OmsHandbook.Site;

/// <summary>schema.org structured data for pages: MedicalWebPage for chapters, FAQPage for the FAQ.</summary>
public static class JsonLd
{
    // Encoders made by JavaScriptEncoder.Create always escape '<', '>' and '&', so the JSON can never
    // close its script tag; allowing all scripts keeps names like "Armangué" readable.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Options.Encoder };

    public static string MedicalWebPage(SiteConfig site, ContentPage page, IReadOnlyList<Reference> sources) =>
        Write(w =>
        {
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "MedicalWebPage");
            w.WriteString("name", page.Meta.Title);
            w.WriteString("description", page.Meta.Description);
            w.WriteString("url", site.BaseUrl + page.UrlPath);
            w.WriteString("inLanguage", site.Language);
            w.WriteStartObject("about");
            w.WriteString("@type", "MedicalCondition");
            w.WriteString("name", site.Condition.Name);
            w.WriteStartArray("alternateName");
            foreach (var name in site.Condition.AlternateNames)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("medicalAudience");
            w.WriteString("@type", "MedicalAudience");
            w.WriteString("audienceType", page.Meta.Audience == Audience.Clinicians ? "Clinician" : "Patient");
            w.WriteEndObject();
            w.WriteStartObject("publisher");
            w.WriteString("@type", "Organization");
            w.WriteString("name", site.Title);
            w.WriteEndObject();
            // schema.org's lastReviewed means a reviewer checked the page; the editors' own date is not one.
            if (page.Meta.ReviewedBy.Length > 0)
            {
                if (page.Meta.LastReviewed is { } reviewed)
                {
                    w.WriteString("lastReviewed", reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                w.WriteStartObject("reviewedBy");
                w.WriteString("@type", "Person");
                w.WriteString("name", page.Meta.ReviewedBy);
                w.WriteEndObject();
            }

            if (sources.Count > 0)
            {
                w.WriteStartArray("citation");
                foreach (var source in sources)
                {
                    Citation(w, source);
                }

                w.WriteEndArray();
            }
        });

    public static string FaqPage(IReadOnlyList<RenderedFaqEntry> entries, string language) =>
        new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "FAQPage",
            ["inLanguage"] = language,
            ["mainEntity"] = new JsonArray(entries.Select(e => (JsonNode)new JsonObject
            {
                ["@type"] = "Question",
                ["name"] = e.Entry.Question,
                ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = e.PlainText },
            }).ToArray()),
        }.ToJsonString(Options);

    private static void Citation(Utf8JsonWriter w, Reference reference)
    {
        w.WriteStartObject();
        w.WriteString("@type", "ScholarlyArticle");
        w.WriteString("name", reference.Title);
        w.WriteString("author", reference.Authors);
        w.WriteString("datePublished", reference.Year.ToString(CultureInfo.InvariantCulture));
        if (reference.Doi is not null)
        {
            w.WriteString("sameAs", SourceEntries.DoiAddress(reference.Doi));
        }
        else if (reference.Url is not null)
        {
            w.WriteString("url", Href.Encode(reference.Url));
        }

        w.WriteEndObject();
    }

    /// <summary>One JSON object, written straight to UTF-8: a node tree per page cost a tenth of a large build.</summary>
    private static string Write(Action<Utf8JsonWriter> properties)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            properties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
