namespace DroitEmploi.Core.Features.People;

public sealed record FairnessReport(
    int TerritoryId, string TerritoryName, DateOnly From, DateOnly To, int Proposals, int InOrder, int OutOfOrder,
    IReadOnlyList<FairnessDeviation> Deviations);
