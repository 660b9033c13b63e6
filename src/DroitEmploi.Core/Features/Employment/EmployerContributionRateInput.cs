using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Employment;

public sealed class EmployerContributionRateInput
{
    [Required(ErrorMessage = "Indiquez la date à partir de laquelle ce taux s'applique.")]
    public DateOnly? ValidFrom { get; set; }

    [Required(ErrorMessage = "Indiquez le taux de cotisations patronales, par exemple 0,12 pour 12 %.")]
    [Range(0.0, 1.0, ErrorMessage = "Le taux de cotisations patronales s'écrit en part du salaire brut, entre 0 et 1 (0,12 pour 12 %).")]
    public decimal? Rate { get; set; }

    [StringLength(300, ErrorMessage = "La source ne peut dépasser 300 caractères.")]
    public string? Source { get; set; }
}
