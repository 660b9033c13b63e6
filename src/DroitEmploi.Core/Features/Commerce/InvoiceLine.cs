namespace DroitEmploi.Core.Features.Commerce;

/// <summary>One line of an invoice, with its amounts rounded once, when the line is written.</summary>
public class InvoiceLine
{
    public int Id { get; set; }
    public int InvoiceId { get; set; }
    public int Position { get; set; }
    public int? CatalogueItemId { get; set; }
    public int? ActivityId { get; set; }
    public string Description { get; set; } = "";
    public decimal Quantity { get; set; }
    public SaleUnit Unit { get; set; }
    public decimal UnitPrice { get; set; }
    public VatCategory VatCategory { get; set; }
    public decimal VatRate { get; set; }
    public decimal NetAmount { get; set; }
    public decimal VatAmount { get; set; }

    /// <summary>Half away from zero, to the cent: the rounding French invoices use.</summary>
    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}
