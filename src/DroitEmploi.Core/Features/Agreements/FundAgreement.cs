using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Agreements;

/// <summary>
/// An EBE's yearly agreement with the fund (avenant, décret n° 2021-863 art. 25): the ETP and hires it forecasts month
/// by month, the CDE rate agreed, and the temporary balance complement if the fund granted one.
/// </summary>
public class FundAgreement : TrackedEntity
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int Year { get; set; }
    public decimal StateRate { get; set; }
    public decimal BalanceComplement { get; set; }
    public string? Note { get; set; }
    public List<AgreementMonth> Months { get; set; } = [];

    public void Set(AgreementInput input)
    {
        var months = input.Months.Select(m => m.Month).ToList();
        if (months.Count != 12 || months.Distinct().Count() != 12 || months.Any(m => m is < 1 or > 12))
        {
            throw ValidationFailedException.For("months", "La convention prévoit les ETP et les embauches de chacun des douze mois, une fois chacun.");
        }
        StateRate = input.StateRate!.Value;
        BalanceComplement = input.BalanceComplement;
        Note = TextInput.Optional(input.Note);
        Months = input.Months.OrderBy(m => m.Month).Select(m => new AgreementMonth { Month = m.Month, ForecastEtp = m.ForecastEtp, ForecastHires = m.ForecastHires }).ToList();
    }
}
