namespace DroitEmploi.Core.Features.Projection;

/// <summary>A month of the chart: people waiting at its end — counted for the past, projected at the current pace and at the pace needed.</summary>
public sealed record ProjectionMonth(DateOnly Month, int? Actual, decimal? AtCurrentPace, decimal? AtNeededPace);
