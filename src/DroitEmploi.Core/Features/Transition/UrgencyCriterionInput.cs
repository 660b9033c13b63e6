using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Transition;

public sealed class UrgencyCriterionInput
{
    [Required(ErrorMessage = "Donnez un code court au critère.")]
    [StringLength(20, ErrorMessage = "Le code d'un critère ne peut dépasser 20 caractères.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Décrivez le critère.")]
    [StringLength(160, ErrorMessage = "Le libellé d'un critère ne peut dépasser 160 caractères.")]
    public string Label { get; set; } = "";

    [Range(0.0, 5000.0, ErrorMessage = "Le supplément d'un critère est compris entre 0 et 5 000 € par mois.")]
    public decimal MonthlySupplement { get; set; }
}
