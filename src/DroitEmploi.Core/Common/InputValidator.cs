using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Common;

/// <summary>
/// Validates an input and the inputs nested in it with their data annotations, so that the UI and
/// the API refuse the same things with the same French messages.
/// </summary>
public static class InputValidator
{
    public static void Validate(object input)
    {
        var errors = new Dictionary<string, List<string>>();
        Collect(input, prefix: "", errors);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }

    private static void Collect(object input, string prefix, Dictionary<string, List<string>> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.Any() ? result.MemberNames : [""];
            foreach (var member in members)
            {
                var key = ToCamelCase(prefix + member);
                if (!errors.TryGetValue(key, out var list))
                {
                    errors[key] = list = [];
                }
                list.Add(result.ErrorMessage ?? "Valeur invalide.");
            }
        }

        foreach (var property in input.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType == typeof(string))
            {
                continue;
            }
            if (property.GetValue(input) is IEnumerable items && property.PropertyType.IsGenericType)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null && IsInputType(item.GetType()))
                    {
                        Collect(item, $"{prefix}{property.Name}[{index}].", errors);
                    }
                    index++;
                }
            }
        }
    }

    private static bool IsInputType(Type type) =>
        type.Namespace?.StartsWith("DroitEmploi", StringComparison.Ordinal) == true && !type.IsEnum;

    private static string ToCamelCase(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
