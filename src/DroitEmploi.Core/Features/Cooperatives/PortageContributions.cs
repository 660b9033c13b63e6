namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>What each KPA a portage structure carries owes it over a year: month by month, the margin so far and the bracket reached.</summary>
public sealed record PortageContributions(int PortageId, int Year, IReadOnlyList<KpaContribution> Kpas, IReadOnlyList<ContributionSchedule> Schedules);
