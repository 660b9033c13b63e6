using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Planning;

public sealed class ScheduleRequestInput
{
    [Required(ErrorMessage = "Choisissez la semaine (AAAA-Wss).")]
    [StringLength(8, ErrorMessage = "La semaine s'écrit AAAA-Wss, par exemple 2026-W50.")]
    public string Week { get; set; } = "";

    [Range(2, 600, ErrorMessage = "Le temps de calcul va de 2 à 600 secondes.")]
    public int Seconds { get; set; } = 20;
}
