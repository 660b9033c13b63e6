namespace DroitEmploi.Core.Features.Employment;

/// <summary>The dated figures in force for one month of funding (décret n° 2021-863, art. 22–24).</summary>
public sealed record FundingRates(
    decimal SmicHourly, decimal StateRate, decimal DepartmentShareOfState, decimal SupervisoryFundableShare,
    decimal LegalWeeklyHours, decimal MonthlyFullTimeHours);
