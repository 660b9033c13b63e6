using System.Text.RegularExpressions;
using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Activities;

/// <summary>The French activity code (NAF rév. 2, "45.20A"): its division is its first two digits.</summary>
public static partial class Naf
{
    /// <summary>"4520a", "45.20 A" and "45.20A" are the same code; anything else is refused on <c>nafCode</c>.</summary>
    public static string? Normalise(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var compact = code.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var match = CodeRegex().Match(compact);
        if (!match.Success)
        {
            throw ValidationFailedException.For("nafCode", "Un code NAF s'écrit comme « 45.20A » : quatre chiffres et une lettre.");
        }
        return $"{compact[..2]}.{compact[2..4]}{compact[4]}";
    }

    public static string? Division(string? code) => code is { Length: >= 2 } && char.IsDigit(code[0]) && char.IsDigit(code[1]) ? code[..2] : null;

    [GeneratedRegex("^[0-9]{4}[A-Z]$")]
    private static partial Regex CodeRegex();
}
