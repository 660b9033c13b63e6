using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class ContributorInput
{
    [Required(ErrorMessage = "Nommez le contributeur ou la contributrice.")]
    [StringLength(120, ErrorMessage = "Le nom ne peut dépasser 120 caractères.")]
    public string Name { get; set; } = "";

    public ContributorKind Kind { get; set; }

    public int? CooperantId { get; set; }
}
