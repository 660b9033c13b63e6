using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Employment;

public sealed class SuspensionInput
{
    [Required(ErrorMessage = "La date de début de la suspension est obligatoire.")]
    public DateOnly? Start { get; set; }

    /// <summary>The last day suspended, when known; the return can be recorded later.</summary>
    public DateOnly? End { get; set; }

    public SuspensionReason Reason { get; set; }

    [StringLength(500, ErrorMessage = "La note ne peut dépasser 500 caractères.")]
    public string? Note { get; set; }
}
