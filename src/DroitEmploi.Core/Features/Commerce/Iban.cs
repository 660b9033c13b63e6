using System.Numerics;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>An IBAN as ISO 13616 checks it: country, two check digits, and the whole number modulo 97 equal to 1.</summary>
public static class Iban
{
    public static string Normalize(string? value) => new((value ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    public static bool IsValid(string? value)
    {
        var iban = Normalize(value);
        if (iban.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1]) || !iban.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }
        var rearranged = iban[4..] + iban[..4];
        var digits = string.Concat(rearranged.Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }

    /// <summary>Groups of four, as people read it on an invoice.</summary>
    public static string Display(string iban) => string.Join(' ', Normalize(iban).Chunk(4).Select(c => new string(c)));
}
