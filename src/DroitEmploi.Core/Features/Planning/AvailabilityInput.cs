using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Planning;

public sealed class AvailabilityInput
{
    [Required(ErrorMessage = "Choisissez la semaine.")]
    [StringLength(8, ErrorMessage = "La semaine s'écrit AAAA-Wss, par exemple 2026-W50.")]
    public string Week { get; set; } = "";

    [MaxLength(7, ErrorMessage = "Une semaine a 7 jours.")]
    public List<AvailabilityDay> Days { get; set; } = [];
}
