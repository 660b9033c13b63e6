namespace DroitEmploi.Core.Features.Transition;

/// <summary>A month's RTE: the lines recorded, or due if not yet recorded, with the totals in each currency and what the pool has left.</summary>
public sealed record PaymentRun(DateOnly Month, bool Recorded, IReadOnlyList<RtePaymentView> Lines, decimal Euros, decimal LocalCurrency, decimal Total, decimal PoolAvailable);
