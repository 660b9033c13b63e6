namespace DroitEmploi.Core.Common.Files;

/// <summary>
/// Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return)
/// is written with a leading apostrophe, and read back without it: "=1+1" stays a name, never a formula.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static bool LooksLikeFormula(string text) => text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0;

    public static string Neutralise(string text) => LooksLikeFormula(text) ? "'" + text : text;

    /// <summary>Undoes <see cref="Neutralise"/>, so that a file exported here imports back as it was.</summary>
    public static string Restore(string text) => text.Length > 1 && text[0] == '\'' && LooksLikeFormula(text[1..]) ? text[1..] : text;
}
