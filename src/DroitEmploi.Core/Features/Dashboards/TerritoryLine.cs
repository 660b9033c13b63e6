namespace DroitEmploi.Core.Features.Dashboards;

/// <summary>A territory on the network dashboard: its ambition and where it stands today, counts and amounts without names.</summary>
public sealed record TerritoryLine(
    int Id, string Name, int? AmbitionJobs, DateOnly? AmbitionDate, int JobsCreated, decimal? AmbitionShare, int Waiting, int? MedianWaitingDays,
    int Headcount, decimal EtpThisMonth, int HiresLast12Months, int EmploymentCompanies, int Activities, decimal TurnoverThisYear,
    decimal PublicCostThisYear, decimal AvoidedCentralThisYear)
{
    /// <summary>What the jobs cost the public once the costs of deprivation of employment they avoided are taken off (central view).</summary>
    public decimal NetPublicCostThisYear => PublicCostThisYear - AvoidedCentralThisYear;
}
