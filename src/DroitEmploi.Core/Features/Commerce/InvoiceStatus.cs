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
    /// <summary>A quote the client accepted: its invoice is drafted.</summary>
    Accepted,
    Refused,
    /// <summary>A quote past its validity with no answer.</summary>
    Expired,
}
