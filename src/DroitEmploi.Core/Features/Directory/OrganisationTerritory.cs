using DroitEmploi.Core.Features.Territories;

namespace DroitEmploi.Core.Features.Directory;

/// <summary>An organisation working in a territory, and the role it plays there.</summary>
public class OrganisationTerritory
{
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public int TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    public TerritoryRole Role { get; set; }
}
