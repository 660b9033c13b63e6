namespace DroitEmploi.Core.Common;

/// <summary>What any input may hold, whatever its form: dates of this world, list items of a sensible length.</summary>
public static class InputLimits
{
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>A list item (an activity, a skill, a division) is a short label.</summary>
    public const int ListItemLength = 200;

    public static bool IsSensible(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    public static string DateMessage => $"La date doit être comprise entre le {EarliestDate:dd/MM/yyyy} et le {LatestDate:dd/MM/yyyy}.";

    public static string EnumMessage(Type enumType) =>
        $"Valeur inconnue. Valeurs acceptées : {string.Join(", ", Enum.GetNames(enumType))}.";

    /// <summary>The year of a statement or of figures: four digits within the sensible dates.</summary>
    public static int Year(int year, string field) => year >= EarliestDate.Year && year <= LatestDate.Year
        ? year
        : throw ValidationFailedException.For(field, $"L'année doit être comprise entre {EarliestDate.Year} et {LatestDate.Year}.");

    public static DateOnly? Date(DateOnly? date, string field) => date is { } value && !IsSensible(value)
        ? throw ValidationFailedException.For(field, DateMessage)
        : date;
}
