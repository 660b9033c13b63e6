using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Territories;

namespace DroitEmploi.Core.Features.Access;

/// <summary>A role held by a user, scoped to a territory or an organisation (neither for administrators and funders).</summary>
public class Membership
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public Role Role { get; set; }
    public int? TerritoryId { get; set; }
    public Territory? Territory { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}
