using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Parameters;

public sealed class ParameterValueInput
{
    [Required(ErrorMessage = "Choisissez le paramètre.")]
    [StringLength(64, ErrorMessage = "Ce paramètre n'existe pas.")]
    public string Key { get; set; } = "";

    [Required(ErrorMessage = "La date d'entrée en vigueur est obligatoire.")]
    public DateOnly? ValidFrom { get; set; }

    [Range(typeof(decimal), "0", "1000000000", ErrorMessage = "La valeur doit être positive.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal Value { get; set; }

    [Required(ErrorMessage = "Indiquez la source (texte, arrêté, décision).")]
    [StringLength(500, ErrorMessage = "La source ne peut dépasser 500 caractères.")]
    public string Source { get; set; } = "";

    /// <summary>Why: required when the value changes months already past.</summary>
    [StringLength(500, ErrorMessage = "La raison ne peut dépasser 500 caractères.")]
    public string? Reason { get; set; }

    /// <summary>True once the administrator has seen which months and statements the change rewrites.</summary>
    public bool ConfirmPastChanges { get; set; }
}
