namespace DroitEmploi.Core.Features.Parameters;

/// <summary>A month, up to the current one, whose value in force (on the 1st) a change would alter.</summary>
public sealed record ParameterMonthChange(int Year, int Month, decimal? Before, decimal? After);
