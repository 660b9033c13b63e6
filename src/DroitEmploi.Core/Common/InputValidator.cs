using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Common;

/// <summary>
/// Validates an input and the inputs nested in it with their data annotations, so that the UI and
/// the API refuse the same things with the same French messages. Beyond the annotations, every input
/// holds only defined enum values, dates between 1900 and 2100, and list items of a label's length.
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
                Add(errors, prefix + member, result.ErrorMessage ?? "Valeur invalide.");
            }
        }

        foreach (var property in input.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }
            if (property.PropertyType == typeof(string))
            {
                if (property.GetValue(input) is string text && InputLimits.HasControlCharacters(text))
                {
                    Add(errors, prefix + property.Name, InputLimits.ControlCharactersMessage);
                }
                continue;
            }
            var value = property.GetValue(input);
            if (ValueError(value) is { } error)
            {
                Add(errors, prefix + property.Name, error);
            }
            if (value is IEnumerable items && property.PropertyType.IsGenericType)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null && IsInputType(item.GetType()))
                    {
                        Collect(item, $"{prefix}{property.Name}[{index}].", errors);
                    }
                    else if (ValueError(item) is { } itemError)
                    {
                        Add(errors, $"{prefix}{property.Name}[{index}]", itemError);
                    }
                    index++;
                }
            }
        }
    }

    private static string? ValueError(object? value) => value switch
    {
        Enum member when !Enum.IsDefined(member.GetType(), member) => InputLimits.EnumMessage(member.GetType()),
        DateOnly date when !InputLimits.IsSensible(date) => InputLimits.DateMessage,
        DateTime time when !InputLimits.IsSensible(DateOnly.FromDateTime(time)) => InputLimits.DateMessage,
        string item when item.Length > InputLimits.ListItemLength => $"Chaque élément fait {InputLimits.ListItemLength} caractères au plus.",
        string item when InputLimits.HasControlCharacters(item) => InputLimits.ControlCharactersMessage,
        _ => null,
    };

    private static void Add(Dictionary<string, List<string>> errors, string path, string message)
    {
        var key = ToCamelCase(path);
        if (!errors.TryGetValue(key, out var list))
        {
            errors[key] = list = [];
        }
        list.Add(message);
    }

    private static bool IsInputType(Type type) =>
        type.Namespace?.StartsWith("DroitEmploi", StringComparison.Ordinal) == true && !type.IsEnum;

    private static string ToCamelCase(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
