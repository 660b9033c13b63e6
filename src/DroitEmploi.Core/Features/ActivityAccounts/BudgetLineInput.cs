using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.ActivityAccounts;

public sealed class BudgetLineInput
{
    public int ActivityId { get; set; }

    [Range(0.0, 100000000.0, ErrorMessage = "Le chiffre d'affaires prévu est compris entre 0 et 100 000 000 €.")]
    public decimal Revenue { get; set; }

    [Range(0.0, 100000000.0, ErrorMessage = "Les coûts directs prévus sont compris entre 0 et 100 000 000 €.")]
    public decimal DirectCosts { get; set; }

    [Range(0.0, 100000000.0, ErrorMessage = "La masse salariale prévue est comprise entre 0 et 100 000 000 €.")]
    public decimal Labour { get; set; }
}
