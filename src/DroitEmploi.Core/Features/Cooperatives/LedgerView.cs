namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A balance and the lines that make it, oldest first, each with the balance after it.</summary>
public sealed record LedgerView(string Holder, DateOnly Through, decimal Balance, IReadOnlyList<LedgerLineView> Lines);
