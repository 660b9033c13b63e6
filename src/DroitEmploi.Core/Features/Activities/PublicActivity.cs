namespace DroitEmploi.Core.Features.Activities;

/// <summary>A line of a territory's public register: what is done, by whom, and since which decision.</summary>
public sealed record PublicActivity(string Name, string OrganisationName, string? Division, string? NafCode, DateOnly? DecidedOn, string? Decision);
