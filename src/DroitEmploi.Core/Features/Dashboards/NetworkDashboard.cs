namespace DroitEmploi.Core.Features.Dashboards;

/// <summary>Every territory side by side, with the network's totals.</summary>
public sealed record NetworkDashboard(DateOnly At, IReadOnlyList<TerritoryLine> Territories)
{
    /// <summary>When the lines were computed.</summary>
    public DateTime ComputedAt { get; init; }

    /// <summary>Data changed since: these are the last figures, and fresh ones are being computed.</summary>
    public bool Refreshing { get; init; }

    public int JobsCreated => Territories.Sum(t => t.JobsCreated);
    public int Waiting => Territories.Sum(t => t.Waiting);
    public decimal EtpThisMonth => Territories.Sum(t => t.EtpThisMonth);
    public decimal TurnoverThisYear => Territories.Sum(t => t.TurnoverThisYear);
    public decimal PublicCostThisYear => Territories.Sum(t => t.PublicCostThisYear);
    public decimal AvoidedCentralThisYear => Territories.Sum(t => t.AvoidedCentralThisYear);
}
