using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Commerce;

public sealed class ServiceRecordInput
{
    public DateOnly? DoneOn { get; set; }
    [Range(1, int.MaxValue, ErrorMessage = "Choisissez le client.")]
    public int ClientId { get; set; }
    [Range(1, int.MaxValue, ErrorMessage = "Choisissez la prestation.")]
    public int CatalogueItemId { get; set; }
    [Range(0.001, 1_000, ErrorMessage = "La quantité est comprise entre 0,001 et 1 000.")]
    public decimal Quantity { get; set; } = 1;
    [StringLength(200, ErrorMessage = "La précision ne peut dépasser 200 caractères.")]
    public string? Note { get; set; }
}
