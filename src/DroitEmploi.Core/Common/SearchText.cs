using System.Globalization;
using System.Text;

namespace DroitEmploi.Core.Common;

/// <summary>
/// Folds text to lower case without accents, so that "Fabrique de l'Emploi" is found by "fabrique emploi"
/// and "Cantine de Josephine" finds "Joséphine", the same way on SQLite and PostgreSQL.
/// </summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        // Most names are already decomposed-free ASCII: normalising them would only copy them.
        var decomposed = text.IsNormalized(NormalizationForm.FormD) ? text : text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var spaceBefore = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                // Any run of other characters is one space between words, none at either end.
                spaceBefore = builder.Length > 0;
                continue;
            }
            if (spaceBefore)
            {
                builder.Append(' ');
                spaceBefore = false;
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        var folded = builder.ToString();
        return folded.Contains('œ') || folded.Contains('æ')
            ? folded.Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal)
            : folded;
    }

    public static string Join(params IEnumerable<string?> parts) => Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));

    /// <summary>The words of a query, each of which must appear in the folded text.</summary>
    public static string[] Terms(string? query) => Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
