using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Planning;

public sealed class AvailabilityInput
{
    [Required(ErrorMessage = "Choisissez la semaine.")]
    [StringLength(8, ErrorMessage = "La semaine s'écrit AAAA-Wss, par exemple 2026-W50.")]
    public string Week { get; set; } = "";

    [MaxLength(7, ErrorMessage = "Une semaine a 7 jours.")]
    public List<AvailabilityDay> Days { get; set; } = [];

    /// <summary>True once the employee confirmed a day off over a published shift (the management is then told).</summary>
    public bool ConfirmConflicts { get; set; }
}
