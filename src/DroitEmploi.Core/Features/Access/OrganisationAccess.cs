namespace DroitEmploi.Core.Features.Access;

/// <summary>What the access rules need to know of an organisation: which it is, and the territories it works in.</summary>
public sealed record OrganisationAccess(int Id, IReadOnlyList<int> TerritoryIds)
{
    public static OrganisationAccess Of(Directory.Organisation organisation) =>
        new(organisation.Id, organisation.Territories.Select(t => t.TerritoryId).ToList());
}
