namespace DroitEmploi.Core.Features.Transition;

/// <summary>
/// One line of a month's RTE payment: a grant's month pays one line in euros, or two — the local currency's part and
/// the euros — that add up exactly to the month's amount. Lines are recorded once and never changed.
/// </summary>
public class RtePayment
{
    public int Id { get; set; }
    public int CteId { get; set; }
    public int GrantId { get; set; }
    /// <summary>The first day of the month paid.</summary>
    public DateOnly Month { get; set; }
    public PaymentCurrency Currency { get; set; }
    public decimal Amount { get; set; }
    public DateTime RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
}
