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
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal);
    }

    public static string Join(params IEnumerable<string?> parts) => Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));

    /// <summary>The words of a query, each of which must appear in the folded text.</summary>
    public static string[] Terms(string? query) => Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
