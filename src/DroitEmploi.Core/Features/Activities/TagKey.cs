using System.Globalization;
using System.Text;

namespace DroitEmploi.Core.Features.Activities;

/// <summary>
/// A tag as the overlap rule compares it: "Espaces verts", "espace vert" and "ESPACES VERTS" are one
/// tag — accents, case, spaces and plurals (-s, -x) do not count.
/// </summary>
public static class TagKey
{
    public static string Of(string tag)
    {
        var decomposed = tag.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            letters.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Singular);
        return string.Join(' ', words);
    }

    private static string Singular(string word) =>
        word.Length > 3 && (word.EndsWith('s') || word.EndsWith('x')) ? word[..^1] : word;
}
