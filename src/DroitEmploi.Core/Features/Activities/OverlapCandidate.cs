namespace DroitEmploi.Core.Features.Activities;

/// <summary>What the overlap rule reads of an organisation of the directory.</summary>
public sealed record OverlapCandidate(int Id, string Name, string? NafCode, IReadOnlyList<string> Tags, IReadOnlyList<int> TerritoryIds, string? City);
