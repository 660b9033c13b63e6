using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Territories;

public sealed class PhaseInput
{
    public PhaseKind Kind { get; set; }

    [Required(ErrorMessage = "Une étape a une date.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Une étape a un libellé.")]
    [StringLength(300, ErrorMessage = "Le libellé d'une étape ne peut dépasser 300 caractères.")]
    public string Label { get; set; } = "";
}
