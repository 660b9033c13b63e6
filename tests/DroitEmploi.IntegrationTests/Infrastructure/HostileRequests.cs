using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DroitEmploi.IntegrationTests.Infrastructure;

/// <summary>One request built from an OpenAPI operation, as text so that a failure can be reported and replayed.</summary>
public sealed record HostileRequest(string Method, string Url, string? Json, (string Name, byte[] Content)? File)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (File is { } file)
        {
            var form = new MultipartFormDataContent { { new ByteArrayContent(file.Content), "file", file.Name } };
            message.Content = form;
        }
        else if (Json is not null)
        {
            message.Content = new StringContent(Json, Encoding.UTF8, "application/json");
        }
        return message;
    }

    public override string ToString() => $"{Method} {Url} {(Json is { Length: > 300 } json ? json[..300] + "…" : Json)}{(File is { } f ? $" [file {f.Name}, {f.Content.Length} bytes]" : "")}";
}

/// <summary>
/// Malformed and hostile variants of every operation of the API's OpenAPI document: each request starts
/// from a plausible one and spoils one thing — a path id, a query parameter, one field of the body, the
/// whole body or the uploaded file — with nulls, wrong types, huge strings, dates out of range, unknown
/// enum values, spreadsheet formulas or control characters.
/// </summary>
public sealed class HostileRequests(JsonElement document, int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] HostileTexts =
    [
        "", " ", "=1+1", "+33 6 00 00 00 00", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "\t=1", "\r\n=HYPERLINK(\"x\")",
        "\u0000\u0001\u0002\u001f", "<script>alert(1)</script>", "' OR 1=1 --", "../../../../etc/passwd", "%00", "\\u0000",
        "é̀́̂ ﷽ 𝕏 🙂", "null", "NaN", "-1", "99999999999999999999999", "0001-01-01", "9999-12-31", "2026-02-30", "2026-W99",
        "Inconnu", "{}", "[]", new string('x', 300), new string('é', 5000),
    ];

    private static readonly JsonNode?[] HostileValues =
    [
        null, JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(int.MaxValue), JsonValue.Create(int.MinValue), JsonValue.Create(long.MaxValue),
        JsonValue.Create(1e308), JsonValue.Create(-0.5), JsonValue.Create(99), JsonValue.Create(true), new JsonObject(), new JsonArray(),
        new JsonArray(JsonValue.Create(99), JsonValue.Create(-1)), new JsonObject { ["x"] = new JsonArray() },
    ];

    private static readonly string[] Ids = ["1", "2", "3", "4", "5", "7", "10", "20", "50", "100", "0", "-1", "2147483647"];

    public IEnumerable<(string Method, string Path, JsonElement Operation)> Operations()
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                yield return (operation.Name.ToUpperInvariant(), path.Name, operation.Value);
            }
        }
    }

    public HostileRequest Build(string method, string path, JsonElement operation)
    {
        // Which part is spoiled this time; the others stay plausible.
        var target = _random.Next(4);
        var url = new StringBuilder();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0)
            {
                continue;
            }
            url.Append('/').Append(part.StartsWith('{') ? Ids[target == 0 ? _random.Next(Ids.Length) : _random.Next(6)] : part);
        }
        var query = new List<string>();
        if (operation.TryGetProperty("parameters", out var parameters))
        {
            foreach (var parameter in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
            {
                var name = parameter.GetProperty("name").GetString()!;
                var schema = parameter.TryGetProperty("schema", out var s) ? s : default;
                if (target == 1 && _random.Next(2) == 0)
                {
                    query.Add($"{name}={Uri.EscapeDataString(HostileTexts[_random.Next(HostileTexts.Length)])}");
                }
                else if (_random.Next(3) > 0 && Plausible(schema, 0) is { } value)
                {
                    query.Add($"{name}={Uri.EscapeDataString(value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value.ToJsonString().Trim('"'))}");
                }
            }
        }
        if (query.Count > 0)
        {
            url.Append('?').Append(string.Join('&', query));
        }

        string? json = null;
        (string, byte[])? file = null;
        if (operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
        {
            if (content.TryGetProperty("multipart/form-data", out _))
            {
                file = HostileFile();
            }
            else if (content.TryGetProperty("application/json", out var jsonContent))
            {
                var plausible = Plausible(jsonContent.GetProperty("schema"), 0);
                json = target >= 2 ? Spoil(plausible) : plausible?.ToJsonString();
            }
        }
        return new HostileRequest(method, url.ToString(), json, file);
    }

    private string? Spoil(JsonNode? plausible)
    {
        switch (_random.Next(10))
        {
            case 0:
                return new[] { "", "null", "[]", "\"x\"", "{", "{\"a\":", "42", "{\"version\": \"x\"}" }[_random.Next(8)];
            case 1 when plausible is JsonObject whole:
                // Every field spoiled at once.
                foreach (var field in whole.Select(p => p.Key).ToList())
                {
                    whole[field] = HostileNode();
                }
                return whole.ToJsonString();
        }
        if (plausible is null)
        {
            return HostileNode()?.ToJsonString() ?? "null";
        }
        var places = new List<(JsonNode Parent, object Key)>();
        Collect(plausible, places);
        if (places.Count == 0)
        {
            return HostileNode()?.ToJsonString() ?? "null";
        }
        var (parent, key) = places[_random.Next(places.Count)];
        var spoiled = HostileNode();
        if (parent is JsonObject obj)
        {
            obj[(string)key] = spoiled;
        }
        else if (parent is JsonArray array)
        {
            array[(int)key] = spoiled;
        }
        return plausible.ToJsonString();
    }

    private static void Collect(JsonNode node, List<(JsonNode, object)> places)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    places.Add((obj, key));
                    if (value is not null)
                    {
                        Collect(value, places);
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    places.Add((array, i));
                    if (array[i] is { } item)
                    {
                        Collect(item, places);
                    }
                }
                break;
        }
    }

    private JsonNode? HostileNode() => _random.Next(3) switch
    {
        0 => JsonValue.Create(HostileTexts[_random.Next(HostileTexts.Length)]),
        1 => HostileValues[_random.Next(HostileValues.Length)]?.DeepClone(),
        _ => _random.Next(4) switch
        {
            0 => JsonValue.Create(new string('A', 200_000)),
            1 => new JsonArray(Enumerable.Range(0, 2_000).Select(i => (JsonNode?)JsonValue.Create($"élément {i} " + new string('x', 100))).ToArray()),
            2 => new JsonArray(Enumerable.Range(0, 60).Select(_ => (JsonNode?)JsonValue.Create(new string('=', 40_000))).ToArray()),
            _ => JsonValue.Create("2026-13-45"),
        },
    };

    private (string, byte[]) HostileFile() => _random.Next(7) switch
    {
        0 => ("vide.csv", []),
        1 => ("formules.csv", Encoding.UTF8.GetBytes("Nom;Prénom;Date de naissance;Date de candidature\n=1+1;+33;-2+3+cmd|' /C calc'!A0;@SUM(A1)\n")),
        2 => ("faux.xlsx", Encoding.ASCII.GetBytes("PK\u0003\u0004 ceci n'est pas un classeur")),
        3 => ("binaire.csv", Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256)).ToArray()),
        4 => ("controle.csv", Encoding.UTF8.GetBytes("Nom;Prénom\n\u0000\u0001;\u001f\r\n\"non fermé;")),
        5 => ("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        _ => ("colonnes.csv", Encoding.UTF8.GetBytes(string.Join(';', Enumerable.Range(0, 5_000).Select(i => $"c{i}")) + "\n1;2\n")),
    };

    private JsonNode? Plausible(JsonElement schema, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > 6)
        {
            return null;
        }
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return Plausible(document.GetProperty("components").GetProperty("schemas").GetProperty(name), depth + 1);
        }
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var options))
            {
                var option = options.EnumerateArray().FirstOrDefault(o => !IsNullType(o));
                return option.ValueKind == JsonValueKind.Undefined ? null : Plausible(option, depth + 1);
            }
        }
        if (schema.TryGetProperty("enum", out var values))
        {
            var choices = values.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).ToList();
            return choices.Count == 0 ? null : JsonNode.Parse(choices[_random.Next(choices.Count)].GetRawText());
        }
        var types = schema.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!]
            : schema.TryGetProperty("properties", out _) ? ["object"] : [];
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (types.Contains("object") || schema.TryGetProperty("properties", out _))
        {
            var result = new JsonObject();
            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    result[property.Name] = Plausible(property.Value, depth + 1);
                }
            }
            return result;
        }
        if (types.Contains("array"))
        {
            return schema.TryGetProperty("items", out var items) ? new JsonArray(Plausible(items, depth + 1)) : new JsonArray();
        }
        if (types.Contains("integer"))
        {
            return JsonValue.Create(_random.Next(1, 30));
        }
        if (types.Contains("number"))
        {
            return JsonValue.Create(Math.Round((decimal)_random.NextDouble() * 30, 2));
        }
        if (types.Contains("boolean"))
        {
            return JsonValue.Create(_random.Next(2) == 0);
        }
        if (types.Contains("string"))
        {
            return JsonValue.Create(format switch
            {
                "date" => new DateOnly(2024, 1, 1).AddDays(_random.Next(700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "date-time" => "2025-03-10T09:00:00Z",
                "email" => $"test{_random.Next(1000)}@example.org",
                _ => $"Texte {_random.Next(100)}",
            });
        }
        return null;
    }

    private static bool IsNullType(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";
}
