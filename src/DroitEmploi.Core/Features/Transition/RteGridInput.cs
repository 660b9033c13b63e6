using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Transition;

public sealed class RteGridInput
{
    [Required(ErrorMessage = "Indiquez la date à partir de laquelle cette grille s'applique.")]
    public DateOnly? ValidFrom { get; set; }

    [MinLength(1, ErrorMessage = "Indiquez au moins une ligne de la grille.")]
    [MaxLength(40, ErrorMessage = "Quarante lignes au plus.")]
    public List<RteGridRowInput> Rows { get; set; } = [];

    [MaxLength(20, ErrorMessage = "Vingt critères au plus.")]
    public List<UrgencyCriterionInput> Criteria { get; set; } = [];

    [Range(0.0, 100000.0, ErrorMessage = "Le plafond d'un investissement est compris entre 0 et 100 000 €.")]
    public decimal InvestmentCeiling { get; set; }

    [Range(0.0, 100000.0, ErrorMessage = "Le plafond d'une formation est compris entre 0 et 100 000 €.")]
    public decimal TrainingCeiling { get; set; }

    [Range(0.0, 1.0, ErrorMessage = "Le taux de contribution est compris entre 0 et 1 (0,1 pour 10 %).")]
    public decimal PoolContributionRate { get; set; }

    /// <summary>Hours a year an RSA recipient may work under the RTE, where a convention allows combining them (300 in the Aude).</summary>
    [Range(1, 2000, ErrorMessage = "Le plafond d'heures avec le RSA est compris entre 1 et 2 000 heures par an.")]
    public int? RsaHoursCap { get; set; }

    [Required(ErrorMessage = "Indiquez la décision qui adopte cette grille (assemblée, conseil coopératif…).")]
    [StringLength(300, ErrorMessage = "La source ne peut dépasser 300 caractères.")]
    public string Source { get; set; } = "";
}
