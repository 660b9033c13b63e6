using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class ContributionScheduleInput
{
    [Required(ErrorMessage = "Indiquez la date à partir de laquelle ces conditions s'appliquent.")]
    public DateOnly? ValidFrom { get; set; }

    public ContributionMode Mode { get; set; }

    [MinLength(1, ErrorMessage = "Indiquez au moins une tranche.")]
    [MaxLength(12, ErrorMessage = "Douze tranches au plus.")]
    public List<ContributionBracketInput> Brackets { get; set; } = [];

    [MaxLength(12, ErrorMessage = "Douze tranches au plus.")]
    public List<ContributionBracketInput> TrainingBrackets { get; set; } = [];

    [Range(0.0, 10000.0, ErrorMessage = "Le forfait mensuel est compris entre 0 et 10 000 €.")]
    public decimal MonthlyFee { get; set; }

    public bool FeeWaivedOnMinimumIncome { get; set; }

    [Range(1, 28, ErrorMessage = "Le jour limite des demandes de rémunération est entre le 1er et le 28 du mois.")]
    public int CutOffDay { get; set; } = 20;

    [Required(ErrorMessage = "Indiquez la source (documentation de la CAE, convention…).")]
    [StringLength(300, ErrorMessage = "La source ne peut dépasser 300 caractères.")]
    public string Source { get; set; } = "";
}
