using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Transition;

public sealed class FollowUpInput
{
    [Range(6, 24, ErrorMessage = "Le suivi se fait à 6, 12 et 24 mois.")]
    public int Milestone { get; set; } = 6;

    [Required(ErrorMessage = "Indiquez la date du suivi.")]
    public DateOnly? On { get; set; }

    public bool StillActive { get; set; } = true;

    [Range(0, 1000, ErrorMessage = "Le nombre d'emplois est compris entre 0 et 1 000.")]
    public int Jobs { get; set; }

    [StringLength(1000, ErrorMessage = "La note ne peut dépasser 1 000 caractères.")]
    public string? Note { get; set; }

    public int? Version { get; set; }
}
