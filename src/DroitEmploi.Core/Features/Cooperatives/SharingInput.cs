using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>Applying a month's sharing; for "rétributions", the common budget and each cooperant's hours.</summary>
public sealed class SharingInput
{
    [Required(ErrorMessage = "Indiquez le mois (son premier jour).")]
    public DateOnly? Month { get; set; }

    [Range(0.0, 10000000.0, ErrorMessage = "Le budget commun est compris entre 0 et 10 000 000 €.")]
    public decimal? Budget { get; set; }

    [MaxLength(500, ErrorMessage = "500 coopérant·es au plus.")]
    public List<SharingHoursInput> Hours { get; set; } = [];
}
