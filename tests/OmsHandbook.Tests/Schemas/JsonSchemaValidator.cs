using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OmsHandbook.Tests.Schemas;

/// <summary>
/// Validates JSON against the part of JSON Schema our schemas use: type, required, properties,
/// additionalProperties, enum, pattern, format "date", minimum, maximum, items and anyOf. Any other keyword in a schema
/// is refused, so a schema cannot quietly depend on something this test does not check.
/// </summary>
public static class JsonSchemaValidator
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description"];

    /// <returns>Every way the value breaks the schema, each with its JSON path; empty when it is valid.</returns>
    public static IReadOnlyList<string> Validate(JsonElement schema, JsonElement value)
    {
        var errors = new List<string>();
        Check(schema, value, "$", errors);
        return errors;
    }

    private static void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            var rule = keyword.Value;
            switch (keyword.Name)
            {
                case var annotation when Annotations.Contains(annotation):
                    break;
                case "type":
                    var types = rule.ValueKind == JsonValueKind.Array ? rule.EnumerateArray().Select(t => t.GetString()!).ToList() : [rule.GetString()!];
                    if (!types.Any(t => HasType(value, t)))
                    {
                        errors.Add($"{path}: expected {string.Join(" or ", types)}, got {value.ValueKind}");
                    }

                    break;
                case "enum":
                    if (!rule.EnumerateArray().Any(allowed => JsonElement.DeepEquals(allowed, value)))
                    {
                        errors.Add($"{path}: {value} is not one of {rule}");
                    }

                    break;
                case "pattern":
                    if (value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, rule.GetString()!, RegexOptions.ECMAScript))
                    {
                        errors.Add($"{path}: '{value.GetString()}' does not match {rule.GetString()}");
                    }

                    break;
                case "format":
                    if (rule.GetString() != "date")
                    {
                        throw new NotSupportedException($"format '{rule.GetString()}' is not checked by this validator");
                    }

                    if (value.ValueKind == JsonValueKind.String
                        && !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    {
                        errors.Add($"{path}: '{value.GetString()}' is not a date");
                    }

                    break;
                case "minimum" or "maximum":
                    if (value.ValueKind == JsonValueKind.Number
                        && (keyword.Name == "minimum" ? value.GetDouble() < rule.GetDouble() : value.GetDouble() > rule.GetDouble()))
                    {
                        errors.Add($"{path}: {value} is {(keyword.Name == "minimum" ? "below" : "above")} {rule}");
                    }

                    break;
                case "minItems":
                    if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() < rule.GetInt32())
                    {
                        errors.Add($"{path}: {value.GetArrayLength()} items, fewer than {rule}");
                    }

                    break;
                case "required":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        errors.AddRange(rule.EnumerateArray()
                            .Where(name => !value.TryGetProperty(name.GetString()!, out _))
                            .Select(name => $"{path}: '{name.GetString()}' is required"));
                    }

                    break;
                case "properties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in rule.EnumerateObject())
                        {
                            if (value.TryGetProperty(property.Name, out var item))
                            {
                                Check(property.Value, item, path + "." + property.Name, errors);
                            }
                        }
                    }

                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        var known = schema.TryGetProperty("properties", out var properties)
                            ? properties.EnumerateObject().Select(p => p.Name).ToHashSet()
                            : [];
                        foreach (var extra in value.EnumerateObject().Where(p => !known.Contains(p.Name)))
                        {
                            if (rule.ValueKind == JsonValueKind.False)
                            {
                                errors.Add($"{path}: '{extra.Name}' is not allowed");
                            }
                            else if (rule.ValueKind == JsonValueKind.Object)
                            {
                                Check(rule, extra.Value, path + "." + extra.Name, errors);
                            }
                        }
                    }

                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        var index = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            Check(rule, item, $"{path}[{index++}]", errors);
                        }
                    }

                    break;
                case "anyOf":
                    if (!rule.EnumerateArray().Any(option => Validate(option, value).Count == 0))
                    {
                        errors.Add($"{path}: matches none of the alternatives in anyOf");
                    }

                    break;
                default:
                    throw new NotSupportedException($"the schema keyword '{keyword.Name}' is not checked by this validator");
            }
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"type '{type}'"),
    };
}
