using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.ActivityAccounts;

public sealed class BudgetInput
{
    [Range(0.0, 100000000.0, ErrorMessage = "Les frais de structure prévus sont compris entre 0 et 100 000 000 €.")]
    public decimal Overheads { get; set; }

    [MaxLength(200, ErrorMessage = "200 activités au plus.")]
    public List<BudgetLineInput> Lines { get; set; } = [];

    public int? Version { get; set; }
}
