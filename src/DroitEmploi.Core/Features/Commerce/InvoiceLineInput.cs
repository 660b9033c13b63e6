using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Commerce;

public sealed class InvoiceLineInput
{
    /// <summary>A catalogue item fills in the description, unit, price and VAT when they are left empty.</summary>
    public int? CatalogueItemId { get; set; }
    public int? ActivityId { get; set; }
    [StringLength(300, ErrorMessage = "La désignation ne peut dépasser 300 caractères.")]
    public string? Description { get; set; }
    [Range(0.001, 100_000, ErrorMessage = "La quantité est comprise entre 0,001 et 100 000.")]
    public decimal Quantity { get; set; } = 1;
    public SaleUnit? Unit { get; set; }
    [Range(0d, 1_000_000d, ErrorMessage = "Le prix unitaire est compris entre 0 et 1 000 000 €.")]
    public decimal? UnitPrice { get; set; }
    public VatCategory? VatCategory { get; set; }
}
