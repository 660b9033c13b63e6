namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>
/// A cooperant's money: the individual balance, what may still be asked (the balance less the requests waiting),
/// their share of the month, and — once the CAPE has ended — the balance as the start-up capital of their project.
/// </summary>
public sealed record CooperantBalance(int CooperantId, string Name, LedgerView Ledger, decimal Available, SharingLine? ShareOfMonth,
    DateOnly ShareMonth, IReadOnlyList<PayRequestView> Requests, decimal? StartUpCapital);
