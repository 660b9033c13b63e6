namespace DroitEmploi.Core.Features.Employment;

/// <summary>
/// The contribution to employment development (CDE) an EBE is owed: per month, fundable ETP × the
/// State rate × the gross hourly SMIC × the monthly full-time hours, with the département paying a
/// share of the State amount on top; supervisory staff who are not PPDE count up to a share of the ETP.
/// </summary>
public static class FundingRules
{
    public static FundingMonthFigures Month(IEnumerable<ContractFacts> contracts, int year, int month, FundingRates rates, decimal? employerContributionRate = null)
    {
        decimal ppde = 0, supervisory = 0, payroll = 0;
        foreach (var contract in contracts)
        {
            var etp = FullTimeEquivalent.ForMonth(contract, year, month, rates.LegalWeeklyHours);
            if (contract.Supervisory)
            {
                supervisory += etp;
            }
            else
            {
                ppde += etp;
            }
            payroll += FullTimeEquivalent.GrossPayForMonth(contract, year, month, rates.LegalWeeklyHours, rates.MonthlyFullTimeHours, rates.SmicHourly);
        }
        var total = ppde + supervisory;
        var fundable = ppde + Math.Min(supervisory, rates.SupervisoryFundableShare * total);
        var state = fundable * rates.StatePerEtpMonth;
        return new FundingMonthFigures(month, total, supervisory, fundable, rates, state, state * rates.DepartmentShareOfState, payroll, employerContributionRate);
    }

    /// <summary>
    /// The seed grant ("dotation d'amorçage"), computed on 31 December: each ETP added since the previous
    /// December, at a share of the annual gross SMIC.
    /// </summary>
    public static (decimal ExtraEtp, decimal Amount) SeedGrant(decimal decemberEtp, decimal previousDecemberEtp, decimal seedShareOfAnnualSmic, decimal smicHourly, decimal monthlyFullTimeHours)
    {
        var extra = Math.Max(0, decemberEtp - previousDecemberEtp);
        return (extra, extra * seedShareOfAnnualSmic * smicHourly * monthlyFullTimeHours * 12);
    }

    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
