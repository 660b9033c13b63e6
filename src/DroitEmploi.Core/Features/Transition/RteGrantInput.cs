using System.ComponentModel.DataAnnotations;

namespace DroitEmploi.Core.Features.Transition;

public sealed class RteGrantInput
{
    [Required(ErrorMessage = "Choisissez le ou la sociétaire.")]
    public int? MemberId { get; set; }

    public GrantKind Kind { get; set; }

    /// <summary>The first month paid (any day of it).</summary>
    [Required(ErrorMessage = "Indiquez le premier mois versé.")]
    public DateOnly? StartsOn { get; set; }

    [Range(1, 60, ErrorMessage = "La durée est comprise entre 1 et 60 mois.")]
    public int Months { get; set; } = 12;

    public Household Household { get; set; }

    [Range(0.0, 100000.0, ErrorMessage = "Les autres revenus du foyer sont compris entre 0 et 100 000 € par mois.")]
    public decimal OtherMonthlyIncome { get; set; }

    [MaxLength(20, ErrorMessage = "Vingt critères au plus.")]
    public List<string> Criteria { get; set; } = [];

    /// <summary>An investment's or a training's amount, paid in monthly instalments; the income complement's comes from the grid.</summary>
    [Range(0.01, 100000.0, ErrorMessage = "Le montant est compris entre 0,01 et 100 000 €.")]
    public decimal? Amount { get; set; }

    /// <summary>The part paid in the local currency, 0 to 1 (0.85 for 85 %).</summary>
    [Range(0.0, 1.0, ErrorMessage = "La part en monnaie locale est comprise entre 0 et 1 (0,85 pour 85 %).")]
    public decimal LocalCurrencyShare { get; set; }

    /// <summary>Hours a year under the RTE while receiving the RSA, where the CTE's convention allows it.</summary>
    [Range(1, 2000, ErrorMessage = "Les heures avec le RSA sont comprises entre 1 et 2 000 par an.")]
    public int? RsaHoursPerYear { get; set; }

    [Required(ErrorMessage = "Indiquez la date de la décision.")]
    public DateOnly? DecidedOn { get; set; }

    [Required(ErrorMessage = "Indiquez la décision qui accorde le RTE (conseil coopératif du…).")]
    [StringLength(300, ErrorMessage = "La décision ne peut dépasser 300 caractères.")]
    public string Decision { get; set; } = "";

    /// <summary>The CTE's activity the grant supports, if any: a spin-off ends its grants.</summary>
    public int? ActivityId { get; set; }
}
