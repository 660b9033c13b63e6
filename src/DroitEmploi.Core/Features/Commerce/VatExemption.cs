namespace DroitEmploi.Core.Features.Commerce;

/// <summary>Why a line bears no VAT: the mention printed on the invoice and the EN 16931 category it sends.</summary>
public static class VatExemption
{
    public const string Franchise = "TVA non applicable, art. 293 B du CGI.";
    public const string NotLiable = "TVA non applicable : association non assujettie (art. 261-7-1° du CGI).";
    public const string ExemptOperation = "Opération exonérée de TVA.";

    /// <summary>The mention an issuer's regime puts on every invoice, or null for an issuer liable to VAT.</summary>
    public static string? Mention(VatRegime regime) => regime switch
    {
        VatRegime.Franchise => Franchise,
        VatRegime.NotLiable => NotLiable,
        _ => null,
    };

    /// <summary>
    /// The EN 16931 VAT category (UNTDID 5305): S for any positive rate, E for franchise and exempt operations,
    /// O for an association outside the scope of VAT.
    /// </summary>
    public static string CategoryCode(VatRegime regime, VatCategory category) => regime switch
    {
        VatRegime.NotLiable => "O",
        VatRegime.Franchise => "E",
        _ => category == VatCategory.None ? "E" : "S",
    };

    /// <summary>The reason sent with a category that bears no VAT; none for S.</summary>
    public static string? Reason(VatRegime regime, VatCategory category) => CategoryCode(regime, category) switch
    {
        "S" => null,
        _ => Mention(regime) ?? ExemptOperation,
    };
}
