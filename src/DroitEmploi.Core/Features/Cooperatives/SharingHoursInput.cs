using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

public sealed class SharingHoursInput
{
    public int CooperantId { get; set; }

    [Range(0.0, 744.0, ErrorMessage = "Les heures d'un mois sont comprises entre 0 et 744.")]
    public decimal Hours { get; set; }
}
