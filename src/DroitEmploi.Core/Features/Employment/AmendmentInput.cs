using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Employment;

public sealed class AmendmentInput
{
    [Required(ErrorMessage = "La date d'effet est obligatoire.")]
    public DateOnly? EffectiveFrom { get; set; }

    [Range(typeof(decimal), "1", "35", ErrorMessage = "Les heures hebdomadaires vont de 1 à 35.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal WeeklyHours { get; set; }

    [Range(typeof(decimal), "0", "1000", ErrorMessage = "Le salaire horaire doit être positif.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal? HourlyWage { get; set; }

    [StringLength(500, ErrorMessage = "La note ne peut dépasser 500 caractères.")]
    public string? Note { get; set; }
}
