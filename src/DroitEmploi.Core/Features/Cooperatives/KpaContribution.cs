namespace DroitEmploi.Core.Features.Cooperatives;

public sealed record KpaContribution(int KpaId, string KpaName, decimal MarginToDate, decimal ContributionToDate, decimal? BracketRate, IReadOnlyList<decimal> ByMonth);
