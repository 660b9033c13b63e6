namespace DroitEmploi.Core.Features.Employment;

/// <summary>What a contract says on one day: under contract or not, suspended or not, hours and wage in force.</summary>
public readonly record struct ContractDay(bool UnderContract, bool Suspended, decimal WeeklyHours, decimal HourlyWage)
{
    public bool Working => UnderContract && !Suspended;
}
