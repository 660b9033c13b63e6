using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Employment;

public sealed class TrainingInput
{
    [Required(ErrorMessage = "La date de la formation est obligatoire.")]
    public DateOnly? Date { get; set; }

    [Range(typeof(decimal), "0.5", "2000", ErrorMessage = "La durée va de 0,5 à 2 000 heures.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal Hours { get; set; }

    public TrainingKind Kind { get; set; }

    [Required(ErrorMessage = "Donnez un intitulé à la formation.")]
    [StringLength(200, ErrorMessage = "L'intitulé ne peut dépasser 200 caractères.")]
    public string Title { get; set; } = "";
}
