namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// One dated, sourced money line of a KPA, never changed: on the collective balance (no <see cref="CooperantId"/>)
/// or on a cooperant's individual balance. A balance is the sum of its lines, to the cent.
/// </summary>
public class LedgerLine : Common.IAudited
{
    public int Id { get; set; }
    public int KpaId { get; set; }
    /// <summary>Whose balance the line is on; none for the collective balance.</summary>
    public int? CooperantId { get; set; }
    /// <summary>Who realised the turnover or incurred the cost: the key of the month's sharing.</summary>
    public int? RealisedById { get; set; }
    public DateOnly On { get; set; }
    public LedgerLineKind Kind { get; set; }
    /// <summary>Signed: positive adds to the balance, negative takes from it.</summary>
    public decimal Amount { get; set; }
    /// <summary>Turnover or costs of a training activity, which the portage structure's training brackets apply to.</summary>
    public bool Training { get; set; }
    public string Label { get; set; } = "";
    /// <summary>Where the amount comes from: an invoice's number, a receipt, a request, the month's sharing.</summary>
    public string Source { get; set; } = "";
    /// <summary>The month whose sharing posted the line (first day), so that a month is shared once.</summary>
    public DateOnly? SharingMonth { get; set; }
    public int? PayRequestId { get; set; }
    /// <summary>
    /// The turnover a payment brings to the KPA: the payment without its VAT (in proportion of the invoice's net
    /// total), on the collective balance, realised by the cooperant the invoice bills.
    /// </summary>
    public static LedgerLine Cashed(int kpaId, int cooperantId, DateOnly on, decimal paid, decimal invoiceNet, decimal invoiceGross, string invoiceNumber) => new()
    {
        KpaId = kpaId,
        RealisedById = cooperantId,
        On = on,
        Kind = LedgerLineKind.Turnover,
        Amount = invoiceGross == 0 ? 0m : Math.Round(paid * invoiceNet / invoiceGross, 2, MidpointRounding.AwayFromZero),
        Label = "Facture encaissée",
        Source = $"Facture {invoiceNumber}",
    };

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
