using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Territories;

public sealed class TerritoryInput
{
    [Required(ErrorMessage = "Le nom du territoire est obligatoire.")]
    [StringLength(200, ErrorMessage = "Le nom ne peut dépasser 200 caractères.")]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = "Le département ne peut dépasser 100 caractères.")]
    public string? Department { get; set; }

    public DateOnly? HabilitationDate { get; set; }

    [Range(0, 100_000_000, ErrorMessage = "La population doit être un nombre positif.")]
    public int? Population { get; set; }

    [StringLength(4000, ErrorMessage = "La description ne peut dépasser 4 000 caractères.")]
    public string? Description { get; set; }

    [MaxLength(500, ErrorMessage = "Le périmètre ne peut compter plus de 500 zones.")]
    public List<PerimeterAreaInput> Perimeter { get; set; } = [];

    [MaxLength(50, ErrorMessage = "Pas plus de 50 ambitions.")]
    public List<AmbitionInput> Ambitions { get; set; } = [];

    [MaxLength(100, ErrorMessage = "Pas plus de 100 étapes.")]
    public List<PhaseInput> Phases { get; set; } = [];

    /// <summary>The version read before editing; required to update.</summary>
    public int Version { get; set; }
}

public sealed class PerimeterAreaInput
{
    public AreaKind Kind { get; set; }

    [Required(ErrorMessage = "Chaque zone du périmètre doit avoir un nom.")]
    [StringLength(200, ErrorMessage = "Le nom d'une zone ne peut dépasser 200 caractères.")]
    public string Name { get; set; } = "";

    [RegularExpression(@"^(\d{5}|2[AB]\d{3})$", ErrorMessage = "Le code INSEE compte 5 caractères (ex. 59606, 2A004).")]
    public string? InseeCode { get; set; }

    [StringLength(200, ErrorMessage = "Le nom de la commune ne peut dépasser 200 caractères.")]
    public string? Commune { get; set; }
}

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

public sealed class PhaseInput
{
    public PhaseKind Kind { get; set; }

    [Required(ErrorMessage = "Une étape a une date.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Une étape a un libellé.")]
    [StringLength(300, ErrorMessage = "Le libellé d'une étape ne peut dépasser 300 caractères.")]
    public string Label { get; set; } = "";
}
