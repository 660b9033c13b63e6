using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Transition;

public sealed class GrantEndInput
{
    [Required(ErrorMessage = "Indiquez le dernier jour du RTE.")]
    public DateOnly? On { get; set; }

    public GrantEndReason Reason { get; set; }

    public int? Version { get; set; }
}
