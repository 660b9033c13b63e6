using DroitEmploi.Core.Features.Commerce;

namespace DroitEmploi.Web.Features.Commerce;

/// <summary>The French words for the commerce codes, on pages and documents alike.</summary>
public static class CommerceLabels
{
    public static string French(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Draft => "brouillon",
        InvoiceStatus.Validated => "validée",
        InvoiceStatus.Sent => "envoyée",
        InvoiceStatus.PartlyPaid => "payée en partie",
        InvoiceStatus.Paid => "payée",
        InvoiceStatus.Accepted => "accepté",
        InvoiceStatus.Refused => "refusé",
        InvoiceStatus.Expired => "expiré",
        _ => "annulée par avoir",
    };

    public static string French(InvoiceKind kind) => kind switch
    {
        InvoiceKind.Invoice => "Facture",
        InvoiceKind.CreditNote => "Avoir",
        _ => "Devis",
    };

    public static string French(ClientKind kind) => kind switch
    {
        ClientKind.Individual => "particulier",
        ClientKind.Association => "association",
        ClientKind.Business => "entreprise",
        _ => "organisme public",
    };

    public static string French(SaleUnit unit) => unit switch
    {
        SaleUnit.Hour => "heure",
        SaleUnit.Piece => "pièce",
        SaleUnit.Kilogram => "kg",
        _ => "forfait",
    };

    /// <summary>"3 heures", "1 pièce", "2,5 kg".</summary>
    public static string Quantity(decimal quantity, SaleUnit unit)
    {
        var number = quantity.ToString("0.###", Components.Shared.Formats.French);
        var word = French(unit);
        return unit != SaleUnit.Kilogram && quantity >= 2 ? $"{number} {word}s" : $"{number} {word}";
    }

    /// <summary>"QF ≤ 600 : 6,00 € ; ≤ 1 000 : 10,00 € ; au-delà : 15,00 €", or a dash.</summary>
    public static string Bands(IReadOnlyList<PriceBand>? bands) => bands is null || bands.Count == 0
        ? "—"
        : "QF " + string.Join(" ; ", bands.Select(b => b.UpTo is { } upTo
            ? $"≤ {upTo.ToString("N0", Components.Shared.Formats.French)} : {Components.Shared.Formats.Euros(b.UnitPrice)}"
            : $"au-delà : {Components.Shared.Formats.Euros(b.UnitPrice)}"));

    public static string French(VatCategory category) => category switch
    {
        VatCategory.Standard => "taux normal",
        VatCategory.Intermediate => "taux intermédiaire",
        VatCategory.Reduced => "taux réduit",
        VatCategory.SuperReduced => "taux particulier",
        _ => "sans TVA",
    };

    public static string French(VatRegime regime) => regime switch
    {
        VatRegime.NotLiable => "non assujettie (association sans activité lucrative)",
        VatRegime.Franchise => "franchise en base (art. 293 B du CGI)",
        _ => "assujettie à la TVA",
    };

    public static string French(PaymentMeans means) => means switch
    {
        PaymentMeans.Transfer => "virement",
        PaymentMeans.Cheque => "chèque",
        PaymentMeans.Cash => "espèces",
        _ => "carte",
    };

    public static string French(OperationCategory category) => category switch
    {
        OperationCategory.Services => "prestations de services",
        OperationCategory.Goods => "livraison de biens",
        _ => "biens et services",
    };
}
