using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Employment;

public sealed class SuspensionEndInput
{
    [Required(ErrorMessage = "Indiquez le dernier jour de la suspension.")]
    public DateOnly? End { get; set; }
}
