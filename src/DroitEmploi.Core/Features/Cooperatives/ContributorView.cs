namespace DroitEmploi.Core.Features.Cooperatives;

public sealed record ContributorView(int Id, string Name, ContributorKind Kind, int? CooperantId, int Accompanied);
