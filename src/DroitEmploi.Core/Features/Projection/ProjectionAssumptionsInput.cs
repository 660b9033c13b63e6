using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Projection;

public sealed class ProjectionAssumptionsInput
{
    [Range(0.0, 10000.0, ErrorMessage = "Les nouvelles candidatures par mois sont comprises entre 0 et 10 000.")]
    public decimal? NewCandidaciesPerMonth { get; set; }

    [Range(0.0, 10000.0, ErrorMessage = "Les embauches par mois sont comprises entre 0 et 10 000.")]
    public decimal? HiresPerMonth { get; set; }

    [Range(0.0, 10000.0, ErrorMessage = "Les sorties de liste par mois sont comprises entre 0 et 10 000.")]
    public decimal? ListExitsPerMonth { get; set; }

    [Range(1.0, 48.0, ErrorMessage = "La durée hebdomadaire moyenne d'un contrat est comprise entre 1 et 48 heures.")]
    public decimal? AverageWeeklyHours { get; set; }

    [StringLength(1000, ErrorMessage = "La note ne peut dépasser 1 000 caractères.")]
    public string? Note { get; set; }

    public int? Version { get; set; }
}
