namespace DroitEmploi.Web.Components.Shared;

/// <summary>Error messages by field (camelCase paths like "perimeter[0].inseeCode").</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.OrdinalIgnoreCase);

    public void Clear() => _errors.Clear();

    public void Set(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (key, messages) in errors)
        {
            _errors[key] = messages;
        }
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? For(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
