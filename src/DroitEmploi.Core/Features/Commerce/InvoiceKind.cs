namespace DroitEmploi.Core.Features.Commerce;

public enum InvoiceKind
{
    Invoice,
    /// <summary>An avoir: it corrects a validated invoice, which itself never changes.</summary>
    CreditNote,
    /// <summary>A devis: numbered when sent, accepted or refused by the client, and an accepted one becomes an invoice.</summary>
    Quote,
}
