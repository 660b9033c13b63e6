namespace DroitEmploi.Core.Features.Employment;

public sealed record FundingMonthFigures(
    int Month, decimal Etp, decimal SupervisoryEtp, decimal FundableEtp, FundingRates Rates,
    decimal StateAmount, decimal DepartmentAmount, decimal GrossPayroll, decimal? EmployerContributionRate = null)
{
    public decimal PublicAmount => StateAmount + DepartmentAmount;

    /// <summary>What the pay costs the employer: gross pay and the contributions on top, once the EBE has entered its rate; gross pay until then.</summary>
    public decimal EmployerCost => GrossPayroll * (1 + (EmployerContributionRate ?? 0));

    /// <summary>Public money per fundable ETP above the employer's cost per ETP: the rule says it must stay below.</summary>
    public bool PublicFundingExceedsPay =>
        FundableEtp > 0 && Etp > 0 && PublicAmount / FundableEtp > EmployerCost / Etp;
}
