using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Employment;

public sealed class HireInput
{
    /// <summary>The accepted proposal; required unless the contract is for supervisory staff who are not PPDE.</summary>
    public int? ProposalId { get; set; }

    /// <summary>Name of supervisory staff who are not PPDE (no proposal).</summary>
    [StringLength(200, ErrorMessage = "Le nom ne peut dépasser 200 caractères.")]
    public string? StaffName { get; set; }

    [Required(ErrorMessage = "La date d'embauche est obligatoire.")]
    public DateOnly? StartDate { get; set; }

    [Range(typeof(decimal), "1", "35", ErrorMessage = "Les heures hebdomadaires vont de 1 à 35 : la personne les choisit.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal WeeklyHours { get; set; }

    /// <summary>Gross hourly wage; the SMIC in force when empty. Never below it.</summary>
    [Range(typeof(decimal), "0", "1000", ErrorMessage = "Le salaire horaire doit être positif.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal? HourlyWage { get; set; }

    [Range(typeof(decimal), "0", "1", ErrorMessage = "La prime de responsabilité est une part entre 0 et 1 (0,10 pour +10 %).", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal ResponsibilityBonusRate { get; set; }

    public bool IsSupervisoryNonPpde { get; set; }

    [MaxLength(20, ErrorMessage = "Pas plus de 20 pôles.")]
    public List<string> Divisions { get; set; } = [];

    [MaxLength(30, ErrorMessage = "Pas plus de 30 activités.")]
    public List<string> Activities { get; set; } = [];
}

public sealed class ContractInput
{
    [Range(typeof(decimal), "0", "1", ErrorMessage = "La prime de responsabilité est une part entre 0 et 1 (0,10 pour +10 %).", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal ResponsibilityBonusRate { get; set; }

    [MaxLength(20, ErrorMessage = "Pas plus de 20 pôles.")]
    public List<string> Divisions { get; set; } = [];

    [MaxLength(30, ErrorMessage = "Pas plus de 30 activités.")]
    public List<string> Activities { get; set; } = [];

    public int Version { get; set; }
}

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

public sealed class SuspensionInput
{
    [Required(ErrorMessage = "La date de début de la suspension est obligatoire.")]
    public DateOnly? Start { get; set; }

    /// <summary>The last day suspended, when known; the return can be recorded later.</summary>
    public DateOnly? End { get; set; }

    public SuspensionReason Reason { get; set; }

    [StringLength(500, ErrorMessage = "La note ne peut dépasser 500 caractères.")]
    public string? Note { get; set; }
}

public sealed class SuspensionEndInput
{
    [Required(ErrorMessage = "Indiquez le dernier jour de la suspension.")]
    public DateOnly? End { get; set; }
}

public sealed class ExitInput
{
    [Required(ErrorMessage = "La date de sortie est obligatoire.")]
    public DateOnly? Date { get; set; }

    public ExitReason Reason { get; set; }

    [StringLength(500, ErrorMessage = "La note ne peut dépasser 500 caractères.")]
    public string? Note { get; set; }
}

public sealed class SkillInput
{
    [Required(ErrorMessage = "Nommez le savoir-faire.")]
    [StringLength(100, ErrorMessage = "Le savoir-faire ne peut dépasser 100 caractères.")]
    public string Skill { get; set; } = "";

    public SkillLevel Level { get; set; }
}

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
