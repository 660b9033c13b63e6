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
