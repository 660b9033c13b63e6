namespace DroitEmploi.Core.Features.Activities;

/// <summary>What an activity needs to know of the committee's decision that moves it.</summary>
public sealed record DecisionRef(int Id, int TerritoryId, DateOnly DecidedOn, string Label);
