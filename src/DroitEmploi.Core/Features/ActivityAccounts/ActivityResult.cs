namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>
/// An activity's account over a period (or the structure's, without activity): revenue, direct costs, labour, its share
/// of the overheads, the hours and jobs it provides, and its share of the public funding those jobs bring.
/// </summary>
public sealed record ActivityResult(
    int? ActivityId, string Name, string? Division, decimal Revenue, decimal DirectCosts, decimal Labour, decimal Overheads, decimal Hours, decimal Etp, decimal Funding)
{
    public decimal Result => Revenue - DirectCosts - Labour - Overheads;
    public decimal ResultAfterFunding => Result + Funding;
}
