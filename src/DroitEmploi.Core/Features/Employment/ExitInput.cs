using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Employment;

public sealed class ExitInput
{
    [Required(ErrorMessage = "La date de sortie est obligatoire.")]
    public DateOnly? Date { get; set; }

    public ExitReason Reason { get; set; }

    [StringLength(500, ErrorMessage = "La note ne peut dépasser 500 caractères.")]
    public string? Note { get; set; }
}
