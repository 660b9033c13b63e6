namespace DroitEmploi.Core.Features.Employment;

/// <summary>One month of the funding statement; amounts in euros rounded to the cent.</summary>
public sealed record FundingLine(
    int Month, decimal Etp, decimal SupervisoryEtp, decimal FundableEtp, decimal SmicHourly, decimal StateRate,
    decimal StateAmount, decimal DepartmentAmount, decimal PublicAmount, decimal GrossPayroll,
    decimal? PublicPerEtp, decimal? PayPerEtp, bool PublicFundingExceedsPay);
