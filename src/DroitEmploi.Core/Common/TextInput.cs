namespace DroitEmploi.Core.Common;

/// <summary>How typed text is stored: trimmed, empty as null, lists without blanks or repeats.</summary>
public static class TextInput
{
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A list sent as null (JSON <c>null</c>) is an empty list.</summary>
    public static List<string> DistinctList(IEnumerable<string?>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
