using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.SharedCosts;

public sealed class SharedCostInput
{
    [Range(1, int.MaxValue, ErrorMessage = "Indiquez la structure qui paie et gère cette charge.")]
    public int OwnerOrganisationId { get; set; }

    [Required(ErrorMessage = "Nommez la ressource partagée (le local, le camion…).")]
    [StringLength(200, ErrorMessage = "Le nom tient en 200 caractères au plus.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Indiquez le type de ressource.")]
    public SharedCostKind? Kind { get; set; }

    [Required(ErrorMessage = "Indiquez la clé de répartition.")]
    public AllocationKey? Key { get; set; }

    [Range(0.0, 10000000.0, ErrorMessage = "Le coût mensuel est compris entre 0 et 10 000 000 €.")]
    public decimal MonthlyCost { get; set; }

    [Range(0.0, 100000000.0, ErrorMessage = "L'investissement est compris entre 0 et 100 000 000 €.")]
    public decimal? InvestmentAmount { get; set; }

    public DateOnly? InvestmentDate { get; set; }

    [Range(1, 50, ErrorMessage = "L'amortissement dure de 1 à 50 ans.")]
    public int? DepreciationYears { get; set; }

    [Required(ErrorMessage = "Indiquez depuis quand la charge est partagée.")]
    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    [MaxLength(50, ErrorMessage = "50 parties au plus.")]
    public List<SharedCostPartyInput> Parties { get; set; } = [];

    public int? Version { get; set; }
}
