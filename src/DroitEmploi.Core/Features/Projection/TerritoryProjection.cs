namespace DroitEmploi.Core.Features.Projection;

/// <summary>
/// A territory's projection to exhaustivity: who waits today, the pace measured over twelve months and the one used
/// (the CLE team's assumptions applied), when nobody would wait, what reaching it by the ambition's date takes, and
/// the months for the chart — the past counted, the future projected.
/// </summary>
public sealed record TerritoryProjection(
    int TerritoryId, string Territory, DateOnly At, int Waiting, ProjectionPace Measured, ProjectionPace Used, ProjectionAssumptionsInput Assumptions,
    DateOnly? AmbitionDate, DateOnly? MonthWhenNobodyWaits, int? MonthsToTarget, int? HiresNeededPerMonth, int? ExtraHiresPerMonth,
    decimal EtpPerHire, decimal? EtpAdded, decimal? StatePerYear, decimal? DepartmentPerYear, IReadOnlyList<ProjectionMonth> Months, bool CanEdit);
