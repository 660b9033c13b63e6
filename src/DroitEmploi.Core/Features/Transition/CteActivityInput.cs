using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Transition;

public sealed class CteActivityInput
{
    [Required(ErrorMessage = "Nommez l'activité.")]
    [StringLength(120, MinimumLength = 2, ErrorMessage = "Le nom de l'activité compte de 2 à 120 caractères.")]
    public string Name { get; set; } = "";

    public int? HolderId { get; set; }

    [Required(ErrorMessage = "Indiquez la date de début de l'activité.")]
    public DateOnly? StartedOn { get; set; }
}
