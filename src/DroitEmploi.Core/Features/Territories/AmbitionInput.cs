using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Territories;

public sealed class AmbitionInput : IValidatableObject
{
    [Required(ErrorMessage = "Une ambition a une date cible.")]
    public DateOnly? TargetDate { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "Le nombre d'emplois en EBE doit être positif.")]
    public int JobsInEmploymentCompanies { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "Le nombre d'emplois en entreprises locales doit être positif.")]
    public int JobsInLocalCompanies { get; set; }

    [StringLength(500, ErrorMessage = "La note ne peut dépasser 500 caractères.")]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (JobsInEmploymentCompanies + JobsInLocalCompanies == 0)
        {
            yield return new ValidationResult("Une ambition compte au moins un emploi.", [nameof(JobsInEmploymentCompanies)]);
        }
    }
}
