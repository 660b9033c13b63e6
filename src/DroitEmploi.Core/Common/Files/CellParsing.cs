using System.Globalization;

namespace DroitEmploi.Core.Common.Files;

/// <summary>Reads the values people type in spreadsheets; each failure says what was expected.</summary>
public static class CellParsing
{
    private static readonly CultureInfo French = Common.French.Culture;

    private static readonly string[] DateFormats =
        ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy"];

    public static bool TryDate(string text, out DateOnly date, out string? error)
    {
        error = null;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, DateFormats, French, DateTimeStyles.None, out date))
        {
            return true;
        }
        // An Excel date that reached us as its serial number (days since 1899-12-30).
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958465)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }
        error = System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$")
            ? $"« {text} » : écrivez l'année sur 4 chiffres (ex. 31/12/1975)."
            : $"« {text} » n'est pas une date (attendu : jj/mm/aaaa).";
        return false;
    }

    public static bool TryBoolean(string text, out bool value)
    {
        switch (SearchText.Fold(text))
        {
            case "" or "non" or "n" or "faux" or "false" or "0" or "no":
                value = false;
                return true;
            case "oui" or "o" or "x" or "vrai" or "true" or "1" or "yes":
                value = true;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static bool TryInt(string text, out int value) =>
        int.TryParse(text.Trim().Replace("h", "", StringComparison.OrdinalIgnoreCase), NumberStyles.Integer, French, out value)
        || (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == Math.Floor(number) && (value = (int)number) == number);

    public static List<string> List(string text) =>
        text.Split([',', ';', '|', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
