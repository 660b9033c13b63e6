namespace DroitEmploi.Core.Features.Employment;

/// <summary>The dated figures in force for one month of funding (décret n° 2021-863, art. 22–24).</summary>
public sealed record FundingRates(
    decimal SmicHourly, decimal StateRate, decimal DepartmentShareOfState, decimal SupervisoryFundableShare,
    decimal LegalWeeklyHours, decimal MonthlyFullTimeHours)
{
    /// <summary>The figures in force on the first day of the month apply to the whole month.</summary>
    public static FundingRates On(Parameters.ParameterSnapshot parameters, DateOnly firstOfMonth) => new(
        parameters.ValueOn(Parameters.ParameterCatalogue.SmicHourly, firstOfMonth),
        parameters.ValueOn(Parameters.ParameterCatalogue.StateRate, firstOfMonth),
        parameters.ValueOn(Parameters.ParameterCatalogue.DepartmentShareOfState, firstOfMonth),
        parameters.ValueOn(Parameters.ParameterCatalogue.SupervisoryFundableShare, firstOfMonth),
        parameters.ValueOn(Parameters.ParameterCatalogue.LegalWeeklyHours, firstOfMonth),
        parameters.ValueOn(Parameters.ParameterCatalogue.MonthlyFullTimeHours, firstOfMonth));

    /// <summary>What the State pays a month for one fundable ETP: its rate of the gross SMIC over a full-time month.</summary>
    public decimal StatePerEtpMonth => StateRate * SmicHourly * MonthlyFullTimeHours;
}
