namespace DroitEmploi.Core.Features.Directory;

public sealed record OrganisationSummary(
    int Id, string Name, OrganisationKind Kind, string? City, IReadOnlyList<string> ActivityTags,
    IReadOnlyList<string> TerritoryNames);
