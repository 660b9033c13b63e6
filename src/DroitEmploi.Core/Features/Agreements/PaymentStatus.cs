namespace DroitEmploi.Core.Features.Agreements;

/// <summary>Where a month's contribution stands for one payer: it is expected by the end of the following month.</summary>
public enum PaymentStatus
{
    NotYetDue,
    Awaiting,
    Received,
    ReceivedLate,
    Overdue,
}
