using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using DroitEmploi.Core.Common;

namespace DroitEmploi.Web.Api;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a value of the wrong type, an unknown
/// enum name, a query parameter that is not a number) into per-field French errors: the caller learns
/// which field is wrong and what it accepts.
/// </summary>
public static partial class RequestProblems
{
    public static Dictionary<string, string[]> ErrorsFor(HttpContext context, BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            // The exception handler clears the endpoint; the feature keeps the one that failed.
            var endpoint = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
            var bodyType = BodyType(endpoint);
            var (field, type) = Resolve(bodyType, json.Path);
            var message = type is null
                ? $"Le JSON est mal formé{(json.LineNumber is { } line ? $" (ligne {line + 1}, position {json.BytePositionInLine + 1})" : "")}."
                : Expected(type);
            return new() { [field.Length == 0 ? "body" : field] = [message] };
        }
        if (BindFailure().Match(exception.Message) is { Success: true } bind)
        {
            return new() { [bind.Groups["name"].Value] = [ExpectedByName(bind.Groups["type"].Value)] };
        }
        if (Missing().Match(exception.Message) is { Success: true } missing)
        {
            var name = missing.Groups["name"].Value;
            return new()
            {
                [missing.Groups["source"].Value == "body" ? "body" : name] = [missing.Groups["source"].Value == "body"
                ? "Le corps de la requête (JSON) est manquant."
                : "Ce paramètre est obligatoire."]
            };
        }
        return new() { ["body"] = ["La requête est mal formée : vérifiez le JSON envoyé et les paramètres."] };
    }

    /// <summary>The handler's input record: its one parameter of this application's own types that is not a service.</summary>
    private static Type? BodyType(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
            .Select(p => p.ParameterType)
            .FirstOrDefault(t => t.IsClass && t.Namespace?.StartsWith("DroitEmploi", StringComparison.Ordinal) == true
                && !t.Name.EndsWith("Service", StringComparison.Ordinal) && !t.Name.EndsWith("Resolver", StringComparison.Ordinal));

    /// <summary>"$.ambitions[0].targetDate" read against the body's type: the camelCase field and the type it expects.</summary>
    private static (string Field, Type? Type) Resolve(Type? root, string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return ("", null);
        }
        var type = root;
        var field = new List<string>();
        foreach (Match segment in PathSegment().Matches(path))
        {
            if (segment.Groups["index"].Success)
            {
                field.Add($"[{segment.Groups["index"].Value}]");
                type = type is null ? null : ElementType(type);
                continue;
            }
            var name = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Value;
            field.Add((field.Count == 0 ? "" : ".") + name);
            type = type?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }
        return (string.Concat(field), type);
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0]
        : null;

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return InputLimits.EnumMessage(type);
        }
        return ExpectedByName(type.Name);
    }

    private static string ExpectedByName(string typeName) => typeName.TrimEnd('?') switch
    {
        "Int32" or "int" or "Int64" or "long" or "Int16" or "short" => "Un nombre entier est attendu.",
        "Decimal" or "decimal" or "Double" or "double" or "Single" or "float" => "Un nombre est attendu (avec un point décimal, par exemple 12.5).",
        "Boolean" or "bool" => "true ou false est attendu.",
        "DateOnly" => "Une date au format AAAA-MM-JJ est attendue.",
        "DateTime" or "DateTimeOffset" => "Une date et une heure au format ISO 8601 sont attendues.",
        "String" or "string" => "Un texte est attendu.",
        var name when name.StartsWith("List", StringComparison.Ordinal) || name.EndsWith("[]", StringComparison.Ordinal) => "Une liste est attendue.",
        var name when Type.GetType($"System.{name}") is null && FindEnum(name) is { } enumType => InputLimits.EnumMessage(enumType),
        _ => "Valeur invalide pour ce champ.",
    };

    private static Type? FindEnum(string name) => typeof(InputLimits).Assembly.GetTypes().FirstOrDefault(t => t.IsEnum && t.Name == name);

    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\['(?<quoted>[^']*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex PathSegment();

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" from")]
    private static partial Regex BindFailure();

    [GeneratedRegex("^Required parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" was not provided from (?<source>[a-z]+)")]
    private static partial Regex Missing();
}
