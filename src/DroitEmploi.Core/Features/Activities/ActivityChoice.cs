namespace DroitEmploi.Core.Features.Activities;

/// <summary>An activity record a contract or a hire can name: the organisation's records still running or under review.</summary>
public sealed record ActivityChoice(int Id, string Name, string? Division, IReadOnlyList<string> Tags, ActivityStatus Status);
