namespace DroitEmploi.Core.Common;

/// <summary>What any input may hold, whatever its form: dates of this world, list items of a sensible length.</summary>
public static class InputLimits
{
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>A list item (an activity, a skill, a division) is a short label.</summary>
    public const int ListItemLength = 200;

    /// <summary>Invisible control characters (NUL among them, which PostgreSQL cannot store); tabs and line breaks are text.</summary>
    public static bool HasControlCharacters(string text)
    {
        foreach (var c in text)
        {
            if ((c < ' ' && c is not ('\t' or '\r' or '\n')) || c == '\u007f')
            {
                return true;
            }
        }
        return false;
    }

    public const string ControlCharactersMessage = "Ce texte contient des caractères de contrôle invisibles : retirez-les.";

    public static bool IsSensible(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    public static string DateMessage => $"La date doit être comprise entre le {EarliestDate:dd/MM/yyyy} et le {LatestDate:dd/MM/yyyy}.";

    public static string EnumMessage(Type enumType) =>
        $"Valeur inconnue. Valeurs acceptées : {string.Join(", ", Enum.GetNames(enumType))}.";
}
