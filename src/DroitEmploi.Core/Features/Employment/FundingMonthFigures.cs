namespace DroitEmploi.Core.Features.Employment;

public sealed record FundingMonthFigures(
    int Month, decimal Etp, decimal SupervisoryEtp, decimal FundableEtp, FundingRates Rates,
    decimal StateAmount, decimal DepartmentAmount, decimal GrossPayroll)
{
    public decimal PublicAmount => StateAmount + DepartmentAmount;

    /// <summary>Public money per fundable ETP above the pay per ETP: the rule says it must stay below.</summary>
    public bool PublicFundingExceedsPay =>
        FundableEtp > 0 && Etp > 0 && PublicAmount / FundableEtp > GrossPayroll / Etp;
}
