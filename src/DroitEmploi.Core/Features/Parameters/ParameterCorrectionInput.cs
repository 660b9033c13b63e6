using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Parameters;

/// <summary>The right value for the same period, with the source and the reason the recorded one was wrong.</summary>
public sealed class ParameterCorrectionInput
{
    [Range(typeof(decimal), "0", "1000000000", ErrorMessage = "La valeur doit être positive.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal Value { get; set; }

    [Required(ErrorMessage = "Indiquez la source (texte, arrêté, décision).")]
    [StringLength(500, ErrorMessage = "La source ne peut dépasser 500 caractères.")]
    public string Source { get; set; } = "";

    [Required(ErrorMessage = "Écrivez pourquoi cette valeur est corrigée.")]
    [StringLength(500, ErrorMessage = "La raison ne peut dépasser 500 caractères.")]
    public string Reason { get; set; } = "";

    public bool ConfirmPastChanges { get; set; }
}
