namespace DroitEmploi.Core.Features.CostBalance;

/// <summary>
/// One of the three views of the balance: the costs avoided, and the public cost net of them (positive: the jobs cost
/// the public more than the deprivation of employment did; negative: they save it money), with the method and its source.
/// </summary>
public sealed record CostBalanceView(string Name, string Method, decimal Avoided, decimal NetPublicCost, decimal? AvoidedPerEtp, decimal? AvoidedPerPerson, string Source);
