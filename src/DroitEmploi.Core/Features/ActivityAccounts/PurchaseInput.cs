using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.ActivityAccounts;

public sealed class PurchaseInput
{
    [Required(ErrorMessage = "Indiquez la date de l'achat.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Indiquez le fournisseur.")]
    [StringLength(200, ErrorMessage = "Le fournisseur tient en 200 caractères au plus.")]
    public string? Supplier { get; set; }

    [StringLength(500, ErrorMessage = "La description tient en 500 caractères au plus.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Indiquez la catégorie de l'achat.")]
    public PurchaseCategory? Category { get; set; }

    /// <summary>Empty: an overhead of the structure, shared between the activities.</summary>
    public int? ActivityId { get; set; }

    [Required(ErrorMessage = "Indiquez le montant hors taxes.")]
    [Range(-1000000.0, 1000000.0, ErrorMessage = "Le montant hors taxes est compris entre −1 000 000 et 1 000 000 € (négatif pour un avoir du fournisseur).")]
    public decimal? NetAmount { get; set; }

    [Range(-200000.0, 200000.0, ErrorMessage = "La TVA est comprise entre −200 000 et 200 000 €.")]
    public decimal VatAmount { get; set; }
}
