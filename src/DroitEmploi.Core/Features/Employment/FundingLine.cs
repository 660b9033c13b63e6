namespace DroitEmploi.Core.Features.Employment;

/// <summary>
/// One month of the funding statement; amounts in euros rounded to the cent. The employer's cost per ETP is there once
/// the EBE has entered its contribution rate, and the warning then compares with it rather than with gross pay.
/// </summary>
public sealed record FundingLine(
    int Month, decimal Etp, decimal SupervisoryEtp, decimal FundableEtp, decimal SmicHourly, decimal StateRate,
    decimal StateAmount, decimal DepartmentAmount, decimal PublicAmount, decimal GrossPayroll,
    decimal? PublicPerEtp, decimal? PayPerEtp, bool PublicFundingExceedsPay,
    decimal? EmployerContributionRate = null, decimal? EmployerCostPerEtp = null);
