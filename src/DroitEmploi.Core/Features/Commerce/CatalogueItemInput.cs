using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Commerce;

public sealed class CatalogueItemInput
{
    [Required(ErrorMessage = "Nommez la prestation ou le produit.")]
    [StringLength(200, ErrorMessage = "Le nom ne peut dépasser 200 caractères.")]
    public string Name { get; set; } = "";
    public int? ActivityId { get; set; }
    public SaleUnit Unit { get; set; } = SaleUnit.Hour;
    [Range(0d, 1_000_000d, ErrorMessage = "Le prix unitaire est compris entre 0 et 1 000 000 €.")]
    public decimal UnitPrice { get; set; }
    public VatCategory VatCategory { get; set; } = VatCategory.None;
    public bool Archived { get; set; }
    [MaxLength(12, ErrorMessage = "Une grille a 12 tranches au plus.")]
    public List<PriceBand> PriceBands { get; set; } = [];
    public int? Version { get; set; }
}
