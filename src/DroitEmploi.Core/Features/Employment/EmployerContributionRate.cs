using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Employment;

/// <summary>
/// The share of gross pay an EBE pays on top in employer contributions, as its payroll shows it, from a date: gross pay ×
/// (1 + rate) is the employer's full cost the funding warning compares public funding with.
/// </summary>
public class EmployerContributionRate : TrackedEntity
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public DateOnly ValidFrom { get; set; }
    public decimal Rate { get; set; }
    public string Source { get; set; } = "";

    public static EmployerContributionRate Record(int organisationId, EmployerContributionRateInput input) => new()
    {
        OrganisationId = organisationId,
        ValidFrom = input.ValidFrom!.Value,
        Rate = input.Rate!.Value,
        Source = TextInput.Optional(input.Source) ?? throw ValidationFailedException.For("source", "Écrivez d'où vient ce taux (bulletins de paie, logiciel de paie, expert-comptable)."),
    };

    /// <summary>The rate in force on a date: the latest that started on or before it; none before the first.</summary>
    public static decimal? InForce(IEnumerable<EmployerContributionRate> rates, DateOnly date) =>
        rates.Where(r => r.ValidFrom <= date).OrderByDescending(r => r.ValidFrom).ThenByDescending(r => r.Id).FirstOrDefault()?.Rate;
}
