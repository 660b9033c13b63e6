namespace DroitEmploi.Core.Features.Transition;

public sealed record PoolResourceView(int Id, DateOnly On, PoolResourceKind Kind, string KindLabel, string Source, decimal Amount);
