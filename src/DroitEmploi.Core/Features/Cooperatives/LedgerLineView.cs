namespace DroitEmploi.Core.Features.Cooperatives;

public sealed record LedgerLineView(int Id, DateOnly On, LedgerLineKind Kind, string Label, string Source, decimal Amount, decimal BalanceAfter, string? RealisedBy);
