namespace DroitEmploi.Core.Features.Home;

/// <summary>What a signed-in person has to do now, by the territories and organisations they manage.</summary>
public sealed record HomeTasks(IReadOnlyList<TerritoryTasks> Territories, IReadOnlyList<OrganisationTasks> Organisations);
