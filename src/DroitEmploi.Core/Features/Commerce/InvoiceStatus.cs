namespace DroitEmploi.Core.Features.Commerce;

public enum InvoiceStatus
{
    Draft,
    Validated,
    Sent,
    PartlyPaid,
    Paid,
    /// <summary>Cancelled in full by credit notes.</summary>
    Credited,
}
