using System.Globalization;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>The payment mentions of an invoice, worded once for its PDF and its electronic forms.</summary>
public static class InvoiceTerms
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Payment(IssuerView issuer) =>
        $"Paiement à {issuer.PaymentTermDays} jours. Pas d'escompte pour paiement anticipé.";

    public static string Penalties(IssuerView issuer) =>
        $"En cas de retard, pénalités au taux annuel de {issuer.PenaltyRate.ToString("P2", French)}.";

    /// <summary>The fixed recovery indemnity owed by a professional client who pays late; none for an individual.</summary>
    public static string? RecoveryIndemnity(InvoiceDetails invoice) => invoice.Client.IsProfessional
        ? $"Indemnité forfaitaire pour frais de recouvrement de {invoice.RecoveryIndemnity.ToString("N2", French)} € (art. L441-10 du Code de commerce)."
        : null;
}
