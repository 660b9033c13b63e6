using System.Globalization;
using System.Text.RegularExpressions;
using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>
/// An issuer's numbering pattern, e.g. <c>FA-{YYYY}-{SEQ:5}</c>: fixed text, the year ({YYYY} or
/// {YY}), the month ({MM}) and the sequence ({SEQ} or {SEQ:n}, n digits at least). The sequence runs
/// continuously within a scope — the pattern with its dates filled in — so a new year starts at 1.
/// A pattern that could give the same number twice is refused: no sequence, a sequence not at the
/// end, or a month without a year (May 2026 and May 2027 would share their numbers).
/// </summary>
public static partial class NumberPattern
{
    public const string DefaultInvoices = "FA-{YYYY}-{SEQ:5}";
    public const string DefaultCreditNotes = "AV-{YYYY}-{SEQ:5}";
    public const string DefaultQuotes = "DE-{YYYY}-{SEQ:4}";

    [GeneratedRegex(@"\{(YYYY|YY|MM|SEQ(:(?<width>[1-9]))?)\}")]
    private static partial Regex Token();

    [GeneratedRegex(@"^[A-Za-z0-9\-_/.]*$")]
    private static partial Regex FixedText();

    public static void Check(string? pattern, string field)
    {
        if (string.IsNullOrWhiteSpace(pattern) || pattern.Length > 40)
        {
            throw ValidationFailedException.For(field, "Donnez un modèle de numéro de 40 caractères au plus, par exemple FA-{YYYY}-{SEQ:5}.");
        }
        var tokens = Token().Matches(pattern).Select(m => m.Groups[1].Value).ToList();
        var fixedText = Token().Replace(pattern, "");
        if (!FixedText().IsMatch(fixedText) || fixedText.Contains('{') || fixedText.Contains('}'))
        {
            throw ValidationFailedException.For(field, "Le modèle ne peut contenir que des lettres, chiffres, - _ / . et les repères {YYYY}, {YY}, {MM}, {SEQ}.");
        }
        if (tokens.Count(t => t.StartsWith("SEQ", StringComparison.Ordinal)) != 1 || !Token().Matches(pattern)[^1].Value.StartsWith("{SEQ", StringComparison.Ordinal)
            || !pattern.EndsWith('}'))
        {
            throw ValidationFailedException.For(field, "Le modèle doit finir par un seul numéro d'ordre {SEQ} (ou {SEQ:5} pour 5 chiffres) : sinon deux factures pourraient avoir le même numéro.");
        }
        if (tokens.Contains("MM") && !tokens.Contains("YYYY") && !tokens.Contains("YY"))
        {
            throw ValidationFailedException.For(field, "Un modèle avec le mois doit avoir l'année : mai 2026 et mai 2027 auraient les mêmes numéros.");
        }
    }

    /// <summary>The scope a sequence runs in: the pattern with its dates filled in and the sequence left out.</summary>
    public static string Scope(string pattern, DateOnly day) => Fill(pattern, day, _ => "");

    public static string Format(string pattern, DateOnly day, int sequence) =>
        Fill(pattern, day, width => sequence.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'));

    private static string Fill(string pattern, DateOnly day, Func<int, string> sequence) => Token().Replace(pattern, m => m.Groups[1].Value switch
    {
        "YYYY" => day.Year.ToString("0000", CultureInfo.InvariantCulture),
        "YY" => (day.Year % 100).ToString("00", CultureInfo.InvariantCulture),
        "MM" => day.Month.ToString("00", CultureInfo.InvariantCulture),
        _ => sequence(m.Groups["width"].Success ? m.Groups["width"].Value[0] - '0' : 1),
    });
}
