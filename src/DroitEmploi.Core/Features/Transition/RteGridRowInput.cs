using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Transition;

public sealed class RteGridRowInput
{
    public Household Household { get; set; }

    [Range(0.0, 100000.0, ErrorMessage = "Le plafond des autres revenus est compris entre 0 et 100 000 € par mois.")]
    public decimal? OtherIncomeUpTo { get; set; }

    [Range(0.0, 10000.0, ErrorMessage = "Le RTE mensuel est compris entre 0 et 10 000 €.")]
    public decimal MonthlyAmount { get; set; }
}
