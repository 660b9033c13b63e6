namespace DroitEmploi.Core.Features.People;

/// <summary>Income support received today; it feeds the cost-of-deprivation balance.</summary>
public enum IncomeSupport
{
    None,
    Rsa,
    Ass,
    Aah,
    Are,
    Other,
}
