namespace DroitEmploi.Core.Features.Commerce;

/// <summary>French company identifiers: a SIREN has 9 digits, a SIRET 14, both with a valid Luhn key.</summary>
public static class Siren
{
    public static string Digits(string? value) => new((value ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());

    public static bool IsSiren(string? value) => Digits(value) is { Length: 9 } digits && digits.All(char.IsAsciiDigit) && Luhn(digits);

    /// <summary>La Poste's establishments (SIREN 356000000) follow their own key: the sum of the digits is a multiple of 5.</summary>
    public static bool IsSiret(string? value) => Digits(value) is { Length: 14 } digits && digits.All(char.IsAsciiDigit)
        && (Luhn(digits) || (digits.StartsWith("356000000", StringComparison.Ordinal) && digits.Sum(c => c - '0') % 5 == 0));

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
