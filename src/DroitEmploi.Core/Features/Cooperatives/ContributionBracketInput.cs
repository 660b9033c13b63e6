using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class ContributionBracketInput
{
    [Range(0.01, 100000000.0, ErrorMessage = "Le plafond d'une tranche est un montant positif.")]
    public decimal? UpTo { get; set; }

    [Range(0.0, 1.0, ErrorMessage = "Le taux est compris entre 0 et 1 (0,115 pour 11,5 %).")]
    public decimal Rate { get; set; }
}
