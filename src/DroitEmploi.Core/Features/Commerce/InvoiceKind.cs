namespace DroitEmploi.Core.Features.Commerce;

public enum InvoiceKind
{
    Invoice,
    /// <summary>An avoir: it corrects a validated invoice, which itself never changes.</summary>
    CreditNote,
}
