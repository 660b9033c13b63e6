namespace DroitEmploi.Core.Features.Commerce;

public class Payment
{
    public int Id { get; set; }
    public int InvoiceId { get; set; }
    public DateOnly PaidOn { get; set; }
    public PaymentMeans Means { get; set; }
    public decimal Amount { get; set; }
    public string? Reference { get; set; }
    public string RecordedBy { get; set; } = "";
}
