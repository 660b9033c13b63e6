using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Transition;

public sealed class PoolResourceInput
{
    [Required(ErrorMessage = "Indiquez la date de la ressource.")]
    public DateOnly? On { get; set; }

    public PoolResourceKind Kind { get; set; }

    [Required(ErrorMessage = "Indiquez d'où vient la ressource (collectivité, fondation…).")]
    [StringLength(200, ErrorMessage = "La source ne peut dépasser 200 caractères.")]
    public string Source { get; set; } = "";

    [Range(0.01, 10000000.0, ErrorMessage = "Le montant est compris entre 0,01 et 10 000 000 €.")]
    public decimal Amount { get; set; }
}
