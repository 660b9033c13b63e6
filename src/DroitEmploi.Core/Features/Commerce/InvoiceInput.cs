using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Commerce;

public sealed class InvoiceInput
{
    /// <summary>The issuer whose identity the invoice bears; the organisation's own when left out.</summary>
    public int? IssuerId { get; set; }
    [Range(1, int.MaxValue, ErrorMessage = "Choisissez le client.")]
    public int ClientId { get; set; }
    /// <summary>The day of the sale or the end of the service (a mandatory mention).</summary>
    public DateOnly? ServiceDate { get; set; }
    public OperationCategory Category { get; set; } = OperationCategory.Services;
    [StringLength(200, ErrorMessage = "La mention « pour le compte de » ne peut dépasser 200 caractères.")]
    public string? OnBehalfOf { get; set; }
    [StringLength(1000, ErrorMessage = "La note ne peut dépasser 1 000 caractères.")]
    public string? Note { get; set; }
    [MaxLength(200, ErrorMessage = "Une facture a 200 lignes au plus.")]
    public List<InvoiceLineInput> Lines { get; set; } = [];
    public int? Version { get; set; }
}
