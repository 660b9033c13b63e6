namespace DroitEmploi.Core.Features.Agreements;

public sealed record EmployerContributionRateView(int Id, DateOnly ValidFrom, decimal Rate, string Source);
